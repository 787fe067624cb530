/*
 * Link/run check for lib/libpython3.11-full.a (build.sh, verification step).
 * Compiled with cflags.txt and linked with link-flags.txt exactly as an
 * embedding program would be.  The stdlib is found through an explicit
 * module search path; the runner maps $PREFIX/lib to /lib and a scratch
 * directory to /tmp.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static const char check[] =
    "import sys, zlib, bz2, lzma, sqlite3, decimal, json, hashlib\n"
    "import xml.etree.ElementTree as ET\n"
    "data = b'py2c-wasm ' * 1000\n"
    "assert zlib.decompress(zlib.compress(data)) == data\n"
    "assert bz2.decompress(bz2.compress(data)) == data\n"
    "assert lzma.decompress(lzma.compress(data)) == data\n"
    "con = sqlite3.connect(':memory:')\n"
    "con.execute('create table t(x)')\n"
    "con.executemany('insert into t values (?)', [(i,) for i in range(10)])\n"
    "assert con.execute('select sum(x) from t').fetchone() == (45,)\n"
    "con.close()\n"
    "con = sqlite3.connect('/tmp/check.db')\n"
    "con.execute('create table if not exists t(x)')\n"
    "con.execute('insert into t values (42)')\n"
    "con.commit()\n"
    "assert con.execute('select x from t').fetchall()[-1] == (42,)\n"
    "con.close()\n"
    "assert str(decimal.Decimal(1) / decimal.Decimal(7)) == '0.1428571428571428571428571429'\n"
    "assert decimal.Decimal is __import__('_decimal').Decimal\n"
    "root = ET.fromstring('<a><b x=\"1\"/><b x=\"2\"/></a>')\n"
    "assert [b.get('x') for b in root.iter('b')] == ['1', '2']\n"
    "assert json.loads(json.dumps({'a': [1, 2.5, None]})) == {'a': [1, 2.5, None]}\n"
    "assert hashlib.sha256(b'abc').hexdigest().startswith('ba7816bf')\n"
    "assert hashlib.sha3_256(b'').hexdigest().startswith('a7ffc6f8')\n"
    "assert hashlib.blake2b(b'').hexdigest().startswith('786a02f7')\n"
    "assert hashlib.md5(b'').hexdigest() == 'd41d8cd98f00b204e9800998ecf8427e'\n"
    "required = ('zlib _bz2 _lzma _sqlite3 _decimal pyexpat _elementtree _json math cmath '\n"
    "            '_struct binascii _random _bisect _heapq _datetime _csv array unicodedata '\n"
    "            '_md5 _sha1 _sha256 _sha512 _sha3 _blake2 _pickle _contextvars _statistics '\n"
    "            '_opcode _queue select _socket fcntl').split()\n"
    "missing = [m for m in required if m not in sys.builtin_module_names]\n"
    "assert not missing, missing\n"
    "import fcntl, select, socket\n"
    "fcntl.fcntl(1, fcntl.F_GETFL)\n"
    "with open('/tmp/lock', 'w') as f:\n"
    "    try:\n"
    "        fcntl.lockf(f, fcntl.LOCK_EX)\n"
    "    except OSError:\n"
    "        pass\n"
    "print('sqlite', sqlite3.sqlite_version, '| zlib', zlib.ZLIB_RUNTIME_VERSION,\n"
    "      '| expat', __import__('pyexpat').EXPAT_VERSION,\n"
    "      '| mpdec', decimal.__libmpdec_version__)\n"
    "print('OK')\n";

int main(int argc, char **argv) {
    (void)argc; (void)argv;
    PyStatus status;
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;
    config.write_bytecode = 0;
    config.module_search_paths_set = 1;
    status = PyWideStringList_Append(&config.module_search_paths, L"/lib/python3.11");
    if (PyStatus_Exception(status)) {
        goto fail;
    }
    status = Py_InitializeFromConfig(&config);
    if (PyStatus_Exception(status)) {
        goto fail;
    }
    PyConfig_Clear(&config);
    int rc = PyRun_SimpleString(check);
    if (Py_FinalizeEx() < 0) {
        rc = 120;
    }
    return rc == 0 ? 0 : 1;

fail:
    PyConfig_Clear(&config);
    Py_ExitStatusException(status);
}
