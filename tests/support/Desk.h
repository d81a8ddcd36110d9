#pragma once

#include "core/ScheduleWriter.h"
#include "storage/DatabaseUrl.h"

#include <QDate>
#include <QSize>

#include <functional>
#include <memory>

class QObject;
class QWidget;

namespace sams {
class MainWindow;
class ScheduleEditor;
class ScheduleRepository;
class ScheduleWorker;
} // namespace sams

namespace sams::test {

// The desktop as the GUI tests drive it: the main window with its database
// thread and editor on `url`, showing the week of `day` at `size`, active and
// loaded when the constructor returns (check QTest::currentTestFailed()).
class Desk
{
public:
    Desk(const DatabaseUrl &url, ScheduleRepository &repository, const Rights &rights, QDate day,
         QSize size = {1366, 768});
    ~Desk(); // the window first, then the editor, then the database thread

    MainWindow *window() const { return m_window.get(); }
    ScheduleEditor *editor() const { return m_editor.get(); }
    ScheduleWorker *worker() const { return m_worker.get(); }
    // Waits until the shown days are read and no database job is pending.
    bool waitIdle(int milliseconds = 20000) const;

private:
    std::unique_ptr<ScheduleWorker> m_worker;
    std::unique_ptr<ScheduleEditor> m_editor;
    std::unique_ptr<MainWindow> m_window;
};

// Answers the next modal dialog with `answer` once it shows (polled every 20 ms,
// the poll owned by `owner`); with `className`, the next one of that class (a
// dialog that opens over another once the database thread answers). A check
// failing inside `answer` closes the dialog, so that the test fails at once
// instead of waiting in the dialog's event loop.
void whenModal(QObject *owner, const std::function<void(QWidget *)> &answer, const char *className = nullptr);

} // namespace sams::test
