from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Author(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    born = models.IntegerField(_("born"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class Book(models.Model):
    class Genre(models.TextChoices):
        NOVEL = "novel", _("Novel")
        POETRY = "poetry", _("Poetry")
        SCIENCE = "science", _("Science")

    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(Author, models.CASCADE, related_name="books", verbose_name=_("author"))
    genre = models.CharField(_("genre"), max_length=10, choices=Genre.choices, default=Genre.NOVEL)
    year = models.IntegerField(_("year"))
    added = models.DateTimeField(_("added"))

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("book")
        verbose_name_plural = _("books")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("bookshelf:book-detail", args=[self.pk])


class Review(models.Model):
    book = models.ForeignKey(Book, models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField(choices=[(i, str(i)) for i in range(1, 6)])
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["book", "-rating", "id"]

    def __str__(self):
        return f"{self.book}: {self.rating}"
