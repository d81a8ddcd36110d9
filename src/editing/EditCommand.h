#pragma once

#include "core/ScheduleWriter.h"

#include <QUndoCommand>

#include <algorithm>
#include <functional>

namespace sams {

// What a write gave back: the record it touched and its version after the write
// (a lock's new id when adding one).
struct Written {
    qint64 id = 0;
    int version = 0;
};
using WriteJob = std::function<Result<Written>(ScheduleWriter &)>;

// One user edit on the undo stack (docs/editing.md, Undo). The write itself runs
// on the database worker before the stack moves: forward() and backward() hand
// out the job (copies of what it needs, safe on another thread), and the editor
// calls applied() with the answer on the GUI thread. QUndoStack's redo()/undo()
// calls then only move the index, so the stack never shows an edit the database
// refused.
class EditCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    virtual WriteJob forward() const = 0;
    virtual WriteJob backward() const = 0;
    // The write went through: remember the version (and id) it produced.
    virtual void applied(bool forward, const Written &written) = 0;
    // The store the edit is in, for views to reload.
    virtual StoreId storeId() const = 0;
    // The appointment the edit touched, 0 for a lock: a view selects it again.
    virtual AppointmentId appointmentId() const { return 0; }

    // Several commands on the stack may edit one appointment: each write raises
    // its version, so before running, a command catches up with the latest
    // version of the editor's own unbroken run of writes, if it knew a version
    // inside that run (ScheduleEditor::OwnRun): a change by another client in
    // between is still refused as stale.
    void catchUp(int version) { m_version = std::max(m_version, version); }
    int version() const { return m_version; }

    void redo() override { }
    void undo() override { }

protected:
    int m_version = 0; // of the appointment, as this command last knew it
};

} // namespace sams
