import asyncio
import datetime
import json
import zoneinfo

from django.contrib.messages.views import SuccessMessageMixin
from django.db.models import Avg, Count
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import CreateView, DetailView, ListView, TemplateView

from .forms import BookForm
from .models import Book, Review


class BookListView(ListView):
    queryset = Book.objects.select_related("author")
    paginate_by = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # order_by: aggregates over a model with Meta.ordering must not group by that ordering.
        context["genres"] = Book.objects.values("genre").annotate(n=Count("id")).order_by("genre")
        return context


class BookDetailView(DetailView):
    queryset = Book.objects.select_related("author").annotate(avg=Avg("reviews__rating"))


class BookCreateView(SuccessMessageMixin, CreateView):
    form_class = BookForm
    template_name = "bookshelf/book_form.html"
    def get_success_message(self, cleaned_data):
        # Translated per request, in the language LocaleMiddleware activated.
        return _("Added “%(title)s”.") % cleaned_data


@method_decorator(csrf_exempt, name="dispatch")  # a JSON API: clients send no CSRF token
class BookJSONView(View):
    def get(self, request):
        books = Book.objects.select_related("author")
        genre = request.GET.get("genre")
        if genre is not None:
            if genre not in Book.Genre.values:
                return JsonResponse({"error": f"unknown genre {genre!r}"}, status=400)
            books = books.filter(genre=genre)
        rows = [
            {"id": b.pk, "title": b.title, "author": b.author.name, "genre": b.get_genre_display(), "year": b.year,
             "added": b.added}
            for b in books
        ]
        return JsonResponse({"count": len(rows), "books": rows})

    def post(self, request):
        # Adds a review: {"book": id, "rating": 1..5, "text": "..."}.
        try:
            data = json.loads(request.body)
            book = Book.objects.get(pk=data["book"])
            rating = int(data["rating"])
        except (ValueError, KeyError, TypeError, Book.DoesNotExist) as exc:
            return JsonResponse({"error": type(exc).__name__}, status=400)
        if not 1 <= rating <= 5:
            return JsonResponse({"error": "rating must be 1..5"}, status=400)
        review = Review.objects.create(book=book, rating=rating, text=data.get("text", ""))
        return JsonResponse({"id": review.pk, "book": book.title, "reviews": book.reviews.count()}, status=201)


def counter(request):
    """Counts visits in the session (database-backed sessions)."""
    visits = request.session.get("visits", 0) + 1
    request.session["visits"] = visits
    return JsonResponse({"visits": visits})


class WhenView(TemplateView):
    """Two fixed instants either side of the 2024 spring DST change in Europe, shown in the
    active time zone (settings.TIME_ZONE) and in the zone named by ?tz=."""

    template_name = "bookshelf/when.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        utc = datetime.timezone.utc
        context["instants"] = [
            datetime.datetime(2024, 3, 31, 0, 30, tzinfo=utc),
            datetime.datetime(2024, 3, 31, 1, 30, tzinfo=utc),
        ]
        try:
            context["other_tz"] = zoneinfo.ZoneInfo(self.request.GET.get("tz", "Asia/Tokyo"))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            context["other_tz"] = None
        return context


async def ping(request):
    # Runs on the event loop without touching the ORM or the session, so nothing of ours
    # needs sync_to_async (Django's middleware adapters still use asgiref's executors).
    await asyncio.sleep(0)
    body = json.loads(request.body) if request.body else None
    # request.LANGUAGE_CODE is what LocaleMiddleware chose; get_language() shows whether its
    # activation (made in asgiref's executor) reached this coroutine's context.
    return JsonResponse({"pong": True, "method": request.method, "echo": body,
                         "language": request.LANGUAGE_CODE, "active": get_language()})
