"""What every page receives from the composition root (``app.bootstrap``): no globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from app.services.core.actor import Actor
from app.services.core.progress import Progress
from app.settings import Settings
from app.views.shell.tasks import TaskRunner

if TYPE_CHECKING:  # kept off the start-up path: SQLAlchemy loads on the worker thread
    from app.services.admin.opening import DeskInfo
    from app.services.core.db import Database


@dataclass(frozen=True)
class Gateway:
    """Runs use cases for one actor on the worker thread: the only way views reach data."""

    db: Database
    runner: TaskRunner
    actor: Actor

    def submit(
        self,
        use_case: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_parent: QWidget | None = None,
        label: str = "",
        **kwargs: Any,
    ) -> Progress:
        """Run ``use_case(uow, *args, **kwargs)`` in its own unit of work off the GUI thread.

        Use cases with a ``reporter`` parameter get the task's Progress (report, cancel).
        """
        import inspect

        db, actor = self.db, self.actor
        wants_reporter = "reporter" in inspect.signature(use_case).parameters

        def job(reporter: Progress) -> Any:
            with db.uow(actor) as uow:
                if wants_reporter:
                    return use_case(uow, *args, reporter=reporter, **kwargs)
                return use_case(uow, *args, **kwargs)

        return self.runner.run(job, on_done, on_error, progress_parent=progress_parent, label=label)


@dataclass(frozen=True)
class AppContext(Gateway):
    settings: Settings
    desk: DeskInfo

    @property
    def user(self) -> str:
        return self.actor.username

    def can(self, permission: str) -> bool:
        return self.actor.can(permission)
