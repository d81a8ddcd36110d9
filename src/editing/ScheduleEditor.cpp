#include "editing/ScheduleEditor.h"

#include "editing/EditCommand.h"
#include "editing/ScheduleWorker.h"

#include <QUndoStack>

namespace sams {

ScheduleEditor::ScheduleEditor(ScheduleWorker &worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &ScheduleEditor::stackChanged);
}

ScheduleEditor::~ScheduleEditor() = default;

bool ScheduleEditor::canUndo() const
{
    return !m_inFlight && m_stack->canUndo();
}

bool ScheduleEditor::canRedo() const
{
    return !m_inFlight && m_stack->canRedo();
}

void ScheduleEditor::apply(EditCommand *command)
{
    if (m_inFlight) {
        // The views disable editing while a write is in flight; a request that
        // slips through is refused rather than queued behind a stale picture.
        const QString text = command->text();
        delete command;
        Q_EMIT refused(Error::conflict(tr("Another change is still being saved; try again in a moment."),
                                       Error::Reason::Unspecified),
                       text);
        return;
    }
    write(command, Direction::Apply);
}

void ScheduleEditor::undo()
{
    if (!canUndo())
        return;
    // The stack holds only EditCommands (apply() is the one way in).
    write(static_cast<EditCommand *>(const_cast<QUndoCommand *>(m_stack->command(m_stack->index() - 1))),
          Direction::Undo);
}

void ScheduleEditor::redo()
{
    if (!canRedo())
        return;
    write(static_cast<EditCommand *>(const_cast<QUndoCommand *>(m_stack->command(m_stack->index()))), Direction::Redo);
}

void ScheduleEditor::write(EditCommand *command, Direction direction)
{
    setInFlight(true);
    if (const AppointmentId id = command->appointmentId(); id != 0) {
        const auto run = m_runs.constFind(id);
        if (run != m_runs.cend() && command->version() >= run->start && command->version() <= run->last)
            command->catchUp(run->last);
    }
    const int from = command->version();
    WriteJob job = direction == Direction::Undo ? command->backward() : command->forward();
    m_worker.run(
        this, [job = std::move(job)](ScheduleSession &session) { return job(session.writer()); },
        [this, command, direction, from](const Result<Written> &result) {
            finished(command, direction, from, result);
        });
}

void ScheduleEditor::finished(EditCommand *command, Direction direction, int from, const Result<Written> &result)
{
    const QString text = command->text();
    const StoreId store = command->storeId();
    if (result) {
        command->applied(direction != Direction::Undo, *result);
        if (const AppointmentId id = command->appointmentId(); id != 0) {
            const auto run = m_runs.find(id);
            if (run != m_runs.end() && run->last == from)
                run->last = result->version; // the run goes on
            else
                m_runs.insert(id, OwnRun{from, result->version}); // a new run from what this write saw
        }
        // The stack's own redo()/undo() calls only move the index now.
        if (direction == Direction::Apply)
            m_stack->push(command);
        else if (direction == Direction::Undo)
            m_stack->undo();
        else
            m_stack->redo();
        setInFlight(false);
        Q_EMIT applied(store, command->appointmentId(), text);
        return;
    }
    if (direction == Direction::Apply) {
        delete command;
    } else {
        // Refused (the slot was taken meanwhile, someone else changed it): the
        // edit can no longer be undone or redone, so it leaves the stack, which
        // stays consistent with the database (QUndoStack deletes an obsolete
        // command when it undoes or redoes it).
        command->setObsolete(true);
        if (direction == Direction::Undo)
            m_stack->undo();
        else
            m_stack->redo();
    }
    setInFlight(false);
    Q_EMIT refused(result.error(), text);
}

void ScheduleEditor::setInFlight(bool inFlight)
{
    if (m_inFlight == inFlight)
        return;
    m_inFlight = inFlight;
    Q_EMIT canEditChanged(!inFlight);
    Q_EMIT stackChanged();
}

} // namespace sams
