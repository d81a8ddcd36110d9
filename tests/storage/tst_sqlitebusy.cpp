#include "storage/Database.h"
#include "storage/SqlCheck.h"
#include "storage/SqliteBusy.h"
#include "support/TestDatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace sams;

// Waiting for SQLite's write lock (docs/performance.md, "SQLite writers"): a
// writer that finds the lock taken waits for it and gets it, and gives up as
// "busy" only when its wait is over.
class TestSqliteBusy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWaitingWriterGetsTheLockOnceItIsFree();
    void theWaitEndsAsBusyAfterItsTimeout();

private:
    // Holds the write lock of `url` on another connection, in another thread,
    // from `taken` being released until `release` is.
    QThread *holdWriteLock(const DatabaseUrl &url, QSemaphore &taken, QSemaphore &release);
};

QThread *TestSqliteBusy::holdWriteLock(const DatabaseUrl &url, QSemaphore &taken, QSemaphore &release)
{
    QThread *holder = QThread::create([url, &taken, &release] {
        auto database = Database::open(url, Database::Creation::MustExist);
        if (!database) {
            taken.release();
            return;
        }
        sql::Transaction transaction((*database)->connection());
        const bool begun = transaction.begin().has_value();
        taken.release();
        release.acquire();
        if (begun)
            (void)transaction.commit();
    });
    holder->start();
    return holder;
}

void TestSqliteBusy::aWaitingWriterGetsTheLockOnceItIsFree()
{
    test::TestDatabase file(test::Backend::Sqlite);
    auto database = file.open();
    QSemaphore taken, release;
    QThread *holder = holdWriteLock(file.url(), taken, release);
    taken.acquire();
    // Freed a little later, from the holder's side, while this writer waits.
    QThread *freer = QThread::create([&release] {
        QThread::msleep(300);
        release.release();
    });
    freer->start();
    sql::Transaction transaction(database->connection());
    const Status begun = transaction.begin();
    QVERIFY2(begun, begun ? "" : qPrintable(begun.error().message));
    QVERIFY(transaction.commit());
    freer->wait();
    holder->wait();
    delete freer;
    delete holder;
}

void TestSqliteBusy::theWaitEndsAsBusyAfterItsTimeout()
{
    test::TestDatabase file(test::Backend::Sqlite);
    file.open(); // creates the file
    QSemaphore taken, release;
    QThread *holder = holdWriteLock(file.url(), taken, release);
    taken.acquire();
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("short wait"));
        QVERIFY(sql::waitFairlyWhenBusy(db, 200));
        QSqlQuery begin(db);
        QVERIFY(!begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // Still held: the wait ended by itself, with the message users see.
        const Error error = sql::errorFrom(begin.lastError(), QStringLiteral("Booking"));
        QCOMPARE(error.kind, Error::Kind::Conflict);
        QVERIFY2(error.message.contains(QLatin1String("busy")), qPrintable(error.message));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("short wait"));
    sql::forgetBusyWaiting(QStringLiteral("short wait"));
    release.release();
    holder->wait();
    delete holder;
}

QTEST_GUILESS_MAIN(TestSqliteBusy)
#include "tst_sqlitebusy.moc"
