#include "support/Desk.h"

#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "storage/SqlScheduleSession.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

namespace sams::test {

Desk::Desk(const DatabaseUrl &url, ScheduleRepository &repository, const Rights &rights, QDate day, QSize size)
    : m_worker(std::make_unique<ScheduleWorker>([url] { return SqlScheduleSession::open(url); }))
    , m_editor(std::make_unique<ScheduleEditor>(*m_worker))
    , m_window(std::make_unique<MainWindow>(repository, QStringLiteral("sqlite:sams.sqlite"), Environment::Local))
{
    m_window->setEditing(m_worker.get(), m_editor.get(), rights);
    QVERIFY(m_window->reload());
    m_window->showWeekOf(day);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(waitIdle());
}

Desk::~Desk()
{
    m_window.reset();
    m_editor.reset();
    m_worker.reset();
}

bool Desk::waitIdle(int milliseconds) const
{
    return QTest::qWaitFor([&] { return !m_window->isLoading() && m_worker->pending() == 0; }, milliseconds);
}

void whenModal(QObject *owner, const std::function<void(QWidget *)> &answer, const char *className)
{
    auto *poll = new QTimer(owner);
    const QByteArray wanted(className);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, answer, wanted] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (!wanted.isEmpty() && wanted != modal->metaObject()->className())
            return;
        poll->deleteLater();
        poll->stop();
        answer(modal);
        if (QTest::currentTestFailed()) {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        }
    });
    poll->start(20);
}

} // namespace sams::test
