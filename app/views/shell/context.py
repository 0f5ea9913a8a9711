"""What every page receives from the composition root (``app.bootstrap``): no globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, Self

import shiboken6
from PySide6.QtWidgets import QWidget

from app.services.core.actor import Actor
from app.services.core.errors import DomainError
from app.services.core.progress import Progress
from app.settings import Settings
from app.views.shell.tasks import TaskRunner

if TYPE_CHECKING:  # kept off the start-up path: SQLAlchemy loads on the worker thread
    from app.services.admin.opening import DeskInfo
    from app.services.core.db import Database


class ShowsErrors(Protocol):
    """A page, dialog or ErrorLabel: where a domain error's message is shown."""

    def show_error(self, message: str) -> None: ...


@dataclass(frozen=True)
class Gateway:
    """Runs use cases for one actor on the worker thread: the only way views reach data.

    Failures take a default route: to the widget given by ``reporting_to`` (a domain
    error's message shown there, anything else cleared there and passed on), else to the
    runner's ``failed`` signal and so the error dialog. A caller passes ``on_error`` only
    when it does something different.
    """

    db: Database
    runner: TaskRunner
    actor: Actor
    errors_to: ShowsErrors | None = field(default=None, kw_only=True, compare=False, repr=False)

    def reporting_to(self, target: ShowsErrors) -> Self:
        """This gateway with failures shown by ``target`` (``show_error(message)``)."""
        return replace(self, errors_to=target)

    def report(self, error: BaseException) -> None:
        """The default route of a failure (also for a caller that handled part of it)."""
        target = self.errors_to
        if target is not None and not _alive(target):
            return  # the page or dialog is closed: its error has nowhere to go
        if target is not None and isinstance(error, DomainError):
            target.show_error(str(error))
            return
        if target is not None:
            target.show_error("")
        self.runner.failed.emit(error)

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

        if on_error is None and self.errors_to is not None:
            on_error = self.report
        return self.runner.run(job, on_done, on_error, progress_parent=progress_parent, label=label)


def _alive(target: object) -> bool:
    return not isinstance(target, shiboken6.Shiboken.Object) or shiboken6.isValid(target)


@dataclass(frozen=True)
class AppContext(Gateway):
    settings: Settings
    desk: DeskInfo

    @property
    def user(self) -> str:
        return self.actor.username

    def can(self, permission: str) -> bool:
        return self.actor.can(permission)
