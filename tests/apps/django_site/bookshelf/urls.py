from django.urls import path

from . import views

app_name = "bookshelf"
urlpatterns = [
    path("", views.BookListView.as_view(), name="book-list"),
    path("books/<int:pk>/", views.BookDetailView.as_view(), name="book-detail"),
    path("books/new/", views.BookCreateView.as_view(), name="book-create"),
    path("api/books/", views.BookJSONView.as_view(), name="book-api"),
    path("counter/", views.counter, name="counter"),
    path("when/", views.WhenView.as_view(), name="when"),
    path("ping/", views.ping, name="ping"),
]
