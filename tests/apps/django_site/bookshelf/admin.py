from django.contrib import admin

from .models import Author, Book, Review


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0


@admin.register(Book)
class BookAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "genre", "year"]
    list_filter = ["genre"]
    search_fields = ["title", "author__name"]
    inlines = [ReviewInline]


admin.site.register(Author)
