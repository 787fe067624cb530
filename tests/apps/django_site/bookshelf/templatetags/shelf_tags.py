"""Custom template tags of the bookshelf app: a filter, a simple tag and an inclusion tag."""
from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def stars(rating):
    """4 -> '★★★★☆'; anything not a number 1..5 -> '?'."""
    try:
        n = int(rating)
    except (TypeError, ValueError):
        return "?"
    return "★" * n + "☆" * (5 - n) if 0 <= n <= 5 else "?"


@register.simple_tag
def age_at(book):
    """How old the author was when the book appeared (format_html escapes the name)."""
    return format_html("{} ({}–{}: {})", book.author.name, book.author.born, book.year, book.year - book.author.born)


@register.inclusion_tag("bookshelf/badge.html")
def genre_badge(book):
    return {"genre": book.genre, "label": book.get_genre_display()}
