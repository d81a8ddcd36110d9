#pragma once

#include "editing/EditCommand.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace sams {

class ScheduleWorker;

// Applies what views ask for (book, move, resize, cancel, status, lock, unlock)
// through the undo stack and the database worker (docs/editing.md). Views only
// report intent; this decides nothing about the rules: the writer checks them in
// its transaction. One write at a time: while one is in flight, further requests,
// undo and redo wait (canEdit() is false), so the stack's order is the
// database's order.
class ScheduleEditor : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleEditor(ScheduleWorker &worker, QObject *parent = nullptr);
    ~ScheduleEditor() override;

    QUndoStack *undoStack() const { return m_stack; }
    bool canEdit() const { return !m_inFlight; }
    bool canUndo() const;
    bool canRedo() const;

    // Takes ownership. Runs its forward write; pushes it on success.
    void apply(EditCommand *command);
    void undo();
    void redo();

Q_SIGNALS:
    // A write went through: `store` changed around `appointment` (0: a lock).
    void applied(sams::StoreId store, sams::AppointmentId appointment, const QString &text);
    // A write was refused or failed; nothing changed. `text` names the edit.
    void refused(const sams::Error &error, const QString &text);
    void canEditChanged(bool canEdit);
    // Undo/redo availability or text changed.
    void stackChanged();

private:
    enum class Direction { Apply, Undo, Redo };
    void write(EditCommand *command, Direction direction);
    void finished(EditCommand *command, Direction direction, int from, const Result<Written> &result);
    void setInFlight(bool inFlight);

    ScheduleWorker &m_worker;
    QUndoStack *m_stack;
    bool m_inFlight = false;
    // Per appointment, the unbroken run of versions this editor's own writes made:
    // from `start` (the version the first of them saw) to `last`. A command that
    // knew a version inside the run catches up to `last`; one from before it (a
    // change by someone else came between) keeps its version and is refused as
    // stale, never writing over that change (docs/editing.md, Undo).
    struct OwnRun {
        int start = 0;
        int last = 0;
    };
    QHash<AppointmentId, OwnRun> m_runs;
};

} // namespace sams

Q_DECLARE_METATYPE(sams::Error)
