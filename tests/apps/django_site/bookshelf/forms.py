from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Book


class BookForm(forms.ModelForm):
    class Meta:
        model = Book
        fields = ["title", "author", "genre", "year", "added"]

    def clean_title(self):
        title = self.cleaned_data["title"]
        if title.isupper():
            raise forms.ValidationError(_("Please do not shout: the title is all capitals."))
        return title

    def clean(self):
        # A cross-field check: a non-field error shown above the form.
        data = super().clean()
        author, year = data.get("author"), data.get("year")
        if author and year is not None and year < author.born:
            raise forms.ValidationError(
                _("%(author)s was born in %(born)d."),
                params={"author": author.name, "born": author.born},
            )
        return data
