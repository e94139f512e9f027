from __future__ import annotations

from typing import Iterator

import pytest

from tests.servers import Stack, running_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Iterator[Stack]:
    with running_stack(tmp_path_factory.mktemp("stack")) as running:
        yield running
