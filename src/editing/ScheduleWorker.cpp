#include "editing/ScheduleWorker.h"

namespace sams {

// Lives on the worker thread and owns the session there.
class ScheduleWorker::Executor : public QObject
{
public:
    explicit Executor(SessionFactory factory)
        : m_factory(std::move(factory))
    { }

    void execute(const Job &job)
    {
        if (!m_session && !m_openError) {
            Result<std::unique_ptr<ScheduleSession>> opened = m_factory();
            if (opened)
                m_session = std::move(*opened);
            else
                m_openError = opened.error();
        }
        job(m_session.get(), m_openError.value_or(Error{}));
    }

    // The connection belongs to this thread: closed here, not by the destructor
    // on the GUI thread.
    void close() { m_session.reset(); }

private:
    SessionFactory m_factory;
    std::unique_ptr<ScheduleSession> m_session;
    std::optional<Error> m_openError; // a failed open is not retried for every job
};

ScheduleWorker::ScheduleWorker(SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_executor(new Executor(std::move(factory)))
{
    m_thread.setObjectName(QStringLiteral("sams-database"));
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

ScheduleWorker::~ScheduleWorker()
{
    Executor *executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor] { executor->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScheduleWorker::post(Job job)
{
    Executor *executor = m_executor;
    QMetaObject::invokeMethod(
        executor, [executor, job = std::move(job)] { executor->execute(job); }, Qt::QueuedConnection);
}

void ScheduleWorker::jobStarted()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ScheduleWorker::jobFinished()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace sams
