#pragma once

#include "core/ScheduleSession.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <type_traits>

namespace sams {

// Runs database work on a thread of its own, with its own connection, so that a
// busy SQLite write lock or a slow link to PostgreSQL never freezes the window
// (docs/editing.md, Threads). Jobs run one at a time in the order posted; each
// answer comes back on the thread of the context object that asked.
class ScheduleWorker : public QObject
{
    Q_OBJECT
public:
    // `factory` is called on the worker thread before the first job.
    explicit ScheduleWorker(SessionFactory factory, QObject *parent = nullptr);
    ~ScheduleWorker() override; // finishes the job running, drops the rest, closes the connection

    // Runs `work(ScheduleSession &)`, which returns a Result<T>, on the worker
    // thread; then `done(Result<T>)` on `context`'s thread, unless `context` is
    // gone by then. When the session cannot be opened, `done` gets that error.
    template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &, ScheduleSession &>;
        jobStarted();
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](ScheduleSession *session,
                                                                           const Error &openError) mutable {
            R result = session ? R(work(*session)) : R(std::unexpected(openError));
            QMetaObject::invokeMethod(
                this,
                [this, guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                    jobFinished();
                },
                Qt::QueuedConnection);
        });
    }

    // Jobs posted and not yet answered.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // True while jobs are waiting or running: the window shows it is working.
    void busyChanged(bool busy);

private:
    using Job = std::function<void(ScheduleSession *, const Error &)>;
    void post(Job job);
    void jobStarted();
    void jobFinished();

    class Executor;
    QThread m_thread;
    Executor *m_executor;
    int m_pending = 0;
};

} // namespace sams
