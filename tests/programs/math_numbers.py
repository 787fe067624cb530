import math
import decimal
import fractions
import statistics
import random
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.isnan(math.nan), math.log(math.e), math.hypot(3, 4))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.trunc(-3.7), math.copysign(1, -0.0))
D = decimal.Decimal
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.005").quantize(D("0.01")), decimal.getcontext().prec)
F = fractions.Fraction
print(F(1, 3) + F(1, 6), F("0.75"), F(5, 10).limit_denominator(), float(F(1, 8)))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.pstdev(data), statistics.mode(data))
rng = random.Random(42)
print(rng.randint(1, 100), rng.random(), rng.choice("abcdef"), rng.sample(range(100), 3))
lst = list(range(10))
rng.shuffle(lst)
print(lst)
print(2 ** 100, (2 ** 100) // 3, -(10 ** 30) % 7, int.bit_length(12345678901234567890), 1e308 * 10, 5e-324)
