// MainWindow's editing: what the grids ask for, turned into undo commands for the
// editor, and the dialogs that ask for what a command needs (docs/editing.md).
#include "widgets/MainWindow.h"

#include "core/WorkOrder.h"

#include "ui_MainWindow.h"

#include "core/Clock.h"
#include "core/ScheduleSession.h"
#include "core/SlotSearch.h"
#include "core/StoreScheduleLoader.h"
#include "core/TimeText.h"
#include "editing/AppointmentCommands.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/WeekScheduleModel.h"
#include "widgets/AppointmentDialog.h"
#include "widgets/BookingDialog.h"
#include "widgets/LockDialog.h"
#include "widgets/ReasonDialog.h"
#include "widgets/RulesEditFlow.h"
#include "widgets/WeekGridView.h"

#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace sams {

void MainWindow::setUpEditActions()
{
    QMenu *edit = m_ui->editMenu;
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] {
        if (m_editor)
            m_editor->undo();
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] {
        if (m_editor)
            m_editor->redo();
    });
    m_redoAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    edit->addSeparator();
    m_newAction = edit->addAction(tr("&New Appointment…"), this, [this] {
        const std::optional<WeekGridView::Cell> cell = m_weekView->cursor();
        if (cell)
            requestBooking(m_weekView->chairOf(*cell), m_weekView->instantOf(*cell));
        else
            requestBooking(0, 0);
    });
    m_newAction->setShortcut(QKeySequence::New);
    auto *lockAction = edit->addAction(tr("&Lock Time…"), this, [this] {
        const std::optional<WeekGridView::Cell> cell = m_weekView->cursor();
        requestLock(cell ? m_weekView->chairOf(*cell) : 0, cell ? m_weekView->instantOf(*cell) : 0);
    });
    lockAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    m_newAction->setObjectName(QStringLiteral("newAppointmentAction"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));

    connect(m_weekView, &WeekGridView::moveRequested, this, &MainWindow::requestMove);
    connect(m_weekView, &WeekGridView::resizeRequested, this, &MainWindow::requestResize);
    connect(m_weekView, &WeekGridView::bookRequested, this,
            [this](ChairId chair, qint64 start) { requestBooking(chair, start); });
    connect(m_weekView, &WeekGridView::cancelRequested, this, &MainWindow::requestCancel);
    connect(m_weekView, &WeekGridView::openRequested, this, &MainWindow::openDetails);
    connect(m_weekView, &WeekGridView::contextMenuRequested, this, &MainWindow::showContextMenu);
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    const bool editing = m_editor != nullptr;
    const QString noRight = editing ? tr("Your role (%1) may not change appointments.").arg(m_rights.role)
                                    : tr("This window was opened without editing.");
    m_undoAction->setEnabled(editing && m_editor->canUndo());
    m_redoAction->setEnabled(editing && m_editor->canRedo());
    m_undoAction->setText(editing && m_editor->canUndo() ? tr("&Undo %1").arg(m_editor->undoStack()->undoText())
                                                         : tr("&Undo"));
    m_redoAction->setText(editing && m_editor->canRedo() ? tr("&Redo %1").arg(m_editor->undoStack()->redoText())
                                                         : tr("&Redo"));
    m_newAction->setEnabled(editing && m_rights.book);
    m_newAction->setToolTip(editing && m_rights.book ? QString() : noRight);
}

const Appointment *MainWindow::shownAppointment(AppointmentId id) const
{
    const AppointmentBlock *block = m_weekModel->week().block(id);
    return block ? &block->appointment : nullptr;
}

QString MainWindow::chairName(ChairId id) const
{
    for (const Chair &chair : m_weekModel->week().chairs) {
        if (chair.id == id)
            return chair.name;
    }
    return {};
}

void MainWindow::apply(EditCommand *command)
{
    // Locks need the lock right, every other edit the booking right.
    const bool allowed = dynamic_cast<LockCommand *>(command) ? m_rights.lock : m_rights.book;
    if (!m_editor || !allowed) {
        delete command;
        const Error error
            = Error::permission(m_editor ? tr("Your role (%1) may not change appointments.").arg(m_rights.role)
                                         : tr("This window was opened without editing."));
        if (m_waitingDialog)
            refuseInDialog(error.message);
        else
            showError(error);
        return;
    }
    statusBar()->showMessage(tr("Saving: %1…").arg(command->text()));
    m_editor->apply(command);
}

void MainWindow::requestMove(AppointmentId id, ChairId chair, qint64 start)
{
    const Appointment *appointment = shownAppointment(id);
    if (!appointment || !currentStore())
        return;
    apply(new RescheduleCommand(*currentStore(), *appointment, Placement{chair, start, appointment->slotCount},
                                chairName(chair)));
}

void MainWindow::requestResize(AppointmentId id, int slotCount)
{
    const Appointment *appointment = shownAppointment(id);
    if (!appointment || !currentStore())
        return;
    apply(new RescheduleCommand(*currentStore(), *appointment,
                                Placement{appointment->chairId, appointment->startsAt.toSecsSinceEpoch(), slotCount},
                                chairName(appointment->chairId)));
}

void MainWindow::requestBooking(ChairId chair, qint64 start, const std::optional<Appointment> &carried)
{
    const WeekSchedule &shown = m_weekModel->week();
    if (!currentStore() || !shown.schedule || m_view == ScheduleView::Month) {
        statusBar()->showMessage(tr("Open a week or a day to book into."), 8000);
        return;
    }
    if (!m_editor || !m_rights.book) {
        apply(nullptr);
        return;
    }
    const QTimeZone zone = shown.store.timeZone();
    const QDate day = start ? QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toTimeZone(zone).date() : dayShown();
    BookingDialog dialog(*shown.schedule, day, chair ? std::optional<ChairId>(chair) : std::nullopt,
                         start ? std::optional<qint64>(start) : std::nullopt, m_rights, this);
    if (carried)
        dialog.setDetails(*carried);
    connect(&dialog, &BookingDialog::firstAvailableWanted, this,
            [this, &dialog, store = shown.store](const FirstAvailableQuery &query) {
                m_worker->run(
                    &dialog,
                    [store, query](ScheduleSession &session) {
                        return searchFirstAvailable(session.repository(), store, query,
                                                    Clock::nowUtc().toSecsSinceEpoch());
                    },
                    [&dialog](const Result<FirstAvailableResult> &found) {
                        if (found)
                            dialog.showFirstAvailable(found->answer, found->days);
                        else
                            dialog.showReadProblem(found.error().message);
                    });
            });
    connect(&dialog, &BookingDialog::bookElsewhere, this, [this, &dialog](const Store &store, const SlotOffer &offer) {
        // Carry what was typed to that store's day and a dialog there.
        m_pendingBooking = PendingBooking{store.id, offer.chairId, offer.span.start, dialog.details()};
        dialog.reject();
        showDayView(QDateTime::fromSecsSinceEpoch(offer.span.start, Qt::UTC).toTimeZone(store.timeZone()).date());
        if (!selectStore(store.code))
            m_pendingBooking.reset();
        loadShown();
    });
    // Another day's rules and bookings come from the worker; the dialog never reads.
    connect(&dialog, &BookingDialog::dayWanted, this, [this, &dialog](QDate wanted) {
        const Store store = *currentStore();
        m_worker->run(
            &dialog,
            [store, wanted](ScheduleSession &session) -> Result<StoreSchedule> {
                Result<StoreSnapshot> snapshot
                    = session.repository().snapshot(store, wanted, wanted, AppointmentDetail::Engine);
                if (!snapshot)
                    return std::unexpected(snapshot.error());
                return StoreSchedule(std::move(snapshot->rules), activeSpans(snapshot->appointments));
            },
            [&dialog, wanted](const Result<StoreSchedule> &schedule) {
                if (dialog.day() != wanted)
                    return; // the user went on to another day; its answer follows
                if (schedule)
                    dialog.setSchedule(*schedule);
                else
                    dialog.showReadProblem(schedule.error().message);
            });
    });
    // The dialog stays open until the write is answered: a refusal (the slot was
    // just taken) shows in it with everything typed kept (docs/editing.md, Booking).
    connect(&dialog, &BookingDialog::bookRequested, this, [this, &dialog, store = shown.store] {
        waitInDialog(&dialog, [&dialog](const QString &message) { dialog.setRefusal(message); });
        apply(new BookCommand(store, dialog.request(), dialog.details()));
    });
    dialog.exec();
    m_waitingDialog = nullptr;
}

void MainWindow::requestCancel(AppointmentId id)
{
    const Appointment *appointment = shownAppointment(id);
    if (!appointment || !currentStore() || !appointment->isActive())
        return;
    if (!cancelAllowed(appointment->status)) {
        statusBar()->showMessage(tr("%1 is %2: only a pending or confirmed appointment is cancelled.")
                                     .arg(appointment->customerName, statusLabel(appointment->status)),
                                 8000);
        return;
    }
    const Appointment copy = *appointment;
    const std::optional<QString> reason = ReasonDialog::ask(
        this, tr("Cancel Appointment"),
        tr("Why is %1's appointment cancelled? The reason is kept in its history.").arg(copy.customerName),
        tr("Cancel Appointment"));
    if (reason)
        apply(new StatusCommand(*currentStore(), copy, AppointmentStatus::Cancelled, *reason));
}

void MainWindow::requestStatus(AppointmentId id, AppointmentStatus to)
{
    const Appointment *appointment = shownAppointment(id);
    if (appointment && currentStore())
        apply(new StatusCommand(*currentStore(), *appointment, to));
}

void MainWindow::requestLock(ChairId chair, qint64 start)
{
    const WeekSchedule &shown = m_weekModel->week();
    if (!currentStore() || !shown.schedule || m_view == ScheduleView::Month)
        return;
    if (!m_editor || !m_rights.lock) {
        showError(Error::permission(tr("Your role (%1) may not lock time.").arg(m_rights.role)));
        return;
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(start ? start : Clock::nowUtc().toSecsSinceEpoch(), Qt::UTC)
                                .toTimeZone(shown.store.timeZone());
    const QDate day = start ? local.date() : dayShown();
    const int minute = start ? local.time().hour() * 60 + local.time().minute() : shown.firstMinute;
    LockDialog dialog(shown, day, chair, minute, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the lock displaces is shown before it is added (docs/manager-guide.md).
    const Lock lock = dialog.lock();
    const Store store = shown.store;
    m_rulesFlow->previewThen(tr("Lock: %1").arg(lock.reason), store, lock, this,
                             [this, store, lock] { apply(new LockCommand(store, lock, LockCommand::Verb::Add)); });
}

void MainWindow::requestUnlock(const Lock &lock)
{
    if (!currentStore())
        return;
    const std::optional<QString> reason
        = ReasonDialog::ask(this, tr("Unlock"), tr("Why is the lock \"%1\" removed?").arg(lock.reason), tr("Unlock"));
    if (reason)
        apply(new LockCommand(*currentStore(), lock, LockCommand::Verb::Remove, *reason));
}

void MainWindow::requestFirstAvailable(AppointmentId id)
{
    const Appointment *appointment = shownAppointment(id);
    const WeekSchedule &shown = m_weekModel->week();
    if (!appointment || !shown.schedule)
        return;
    // The nearest open place the engine offers on the shown days, same chair first.
    const QList<SlotOffer> offers = alternativesFor(*shown.schedule, bookedSpanOf(*appointment),
                                                    Clock::nowUtc().toSecsSinceEpoch(), 1, shown.days);
    if (offers.isEmpty()) {
        statusBar()->showMessage(tr("No open place for %1 on the days shown.").arg(appointment->customerName), 8000);
        return;
    }
    requestMove(id, offers.first().chairId, offers.first().span.start);
}

void MainWindow::openDetails(AppointmentId id)
{
    const Appointment *a = shownAppointment(id);
    if (!a || !currentStore())
        return;
    const Store store = *currentStore();
    AppointmentDialog dialog(*a, chairName(a->chairId), store.timeZone(), m_editor && m_rights.book, this);
    connect(&dialog, &AppointmentDialog::saveRequested, this, [this, &dialog, store] {
        waitInDialog(&dialog, [&dialog](const QString &message) { dialog.setRefusal(message); });
        apply(new DetailsCommand(store.id, dialog.shown(), dialog.edited()));
    });
    m_detailsDialog = &dialog;
    readAppointmentMessages(&dialog, *a);
    dialog.exec();
    m_detailsDialog = nullptr;
    m_waitingDialog = nullptr;
}

void MainWindow::showContextMenu(AppointmentId id, ChairId chair, qint64 start, const QPoint &globalPos)
{
    QMenu menu(this);
    const Appointment *a = shownAppointment(id);
    const bool mayBook = m_editor && m_rights.book;
    const QString noRight = tr("Your role (%1) may not change appointments.").arg(m_rights.role);
    auto add = [&](const QString &text, bool allowed, auto handler) {
        QAction *action = menu.addAction(text, this, handler);
        action->setEnabled(allowed && mayBook);
        if (!mayBook)
            action->setToolTip(noRight);
        return action;
    };
    menu.setToolTipsVisible(true);
    if (a) {
        const Appointment copy = *a;
        menu.addAction(tr("&Open"), this, [this, id] { openDetails(id); });
        menu.addSeparator();
        for (const auto &[to, text] : {std::pair{AppointmentStatus::CheckedIn, tr("Check &In")},
                                       std::pair{AppointmentStatus::Completed, tr("&Complete")},
                                       std::pair{AppointmentStatus::NoShow, tr("&No-Show")}}) {
            add(text, statusChangeAllowed(copy.status, to), [this, id, to] { requestStatus(id, to); });
        }
        menu.addSeparator();
        add(tr("Move to &First Available"), copy.isActive(), [this, id] { requestFirstAvailable(id); });
        QAction *cancel = add(tr("C&ancel…"), cancelAllowed(copy.status), [this, id] { requestCancel(id); });
        if (mayBook && !cancelAllowed(copy.status))
            cancel->setToolTip(tr("Only a pending or confirmed appointment is cancelled; correct the status first."));
        menu.addSeparator();
        // "Prepare for it": a work order due when the appointment starts.
        QAction *order = menu.addAction(tr("Add &Work Order…"), this, [this, copy] {
            const Store *store = currentStore();
            if (!store)
                return;
            WorkOrder draft;
            draft.storeId = store->id;
            draft.appointmentId = copy.id;
            draft.customerName = copy.customerName;
            draft.customerPhone = copy.customerPhone;
            draft.customerEmail = copy.customerEmail;
            draft.title = copy.service;
            const QDateTime local = copy.startsAt.toTimeZone(store->timeZone());
            draft.dueDate = local.date();
            draft.dueSlot = DueSlot::Exact;
            draft.dueMinute = local.time().hour() * 60 + local.time().minute();
            requestNewOrder(draft);
        });
        order->setObjectName(QStringLiteral("addWorkOrderAction"));
        order->setEnabled(m_rights.orders && copy.isActive());
    } else {
        add(tr("&New Appointment Here…"), true, [this, chair, start] { requestBooking(chair, start); });
        QAction *lock = menu.addAction(tr("&Lock Time…"), this, [this, chair, start] { requestLock(chair, start); });
        lock->setEnabled(m_editor && m_rights.lock);
        // A lock under the point can be removed.
        for (const LockBlock &block : m_weekModel->week().locks) {
            const bool covers = block.lock.startsAt.toSecsSinceEpoch() <= start
                && start < block.lock.endsAt.toSecsSinceEpoch()
                && (!block.lock.chairId || *block.lock.chairId == chair);
            if (covers) {
                const Lock found = block.lock;
                QAction *unlock = menu.addAction(tr("&Unlock \"%1\"…").arg(found.reason), this,
                                                 [this, found] { requestUnlock(found); });
                unlock->setEnabled(m_editor && m_rights.lock);
                break;
            }
        }
    }
    menu.exec(globalPos);
}

void MainWindow::waitInDialog(QDialog *dialog, std::function<void(const QString &)> showRefusal)
{
    m_waitingDialog = dialog;
    m_showRefusal = std::move(showRefusal);
}

void MainWindow::refuseInDialog(const QString &message)
{
    m_waitingDialog = nullptr;
    if (const auto show = std::exchange(m_showRefusal, {}))
        show(message);
}

void MainWindow::editApplied(StoreId, AppointmentId appointment, const QString &text)
{
    if (m_waitingDialog)
        std::exchange(m_waitingDialog, nullptr)->accept();
    statusBar()->showMessage(tr("Saved: %1").arg(text), 8000);
    if (appointment)
        m_selectAfterLoad = appointment;
    loadShown();
    updateEditActions();
}

void MainWindow::editRefused(const Error &error, const QString &text)
{
    // A race lost is said plainly; the reason follows in the writer's words.
    QString message = error.message;
    if (error.reason == Error::Reason::Taken)
        message = tr("That slot was just taken. %1").arg(error.message);
    statusBar()->showMessage(tr("Not saved: %1").arg(message), 15000);
    if (m_waitingDialog) {
        refuseInDialog(message);
        loadShown();
        updateEditActions();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved: %1").arg(text), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("refusalBox"));
    box->open();
    loadShown(); // what is really there now
    updateEditActions();
}

} // namespace sams
