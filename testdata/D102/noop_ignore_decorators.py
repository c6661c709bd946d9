# pyfix: --ignore-decorators=pytest.fixture,app.route
"""Module."""
import pytest
from app import route


class Tests:
    """Tests."""

    @pytest.fixture
    def client(self):
        pass

    @route("/")
    def index(self):
        pass

    def other(self):
        pass
