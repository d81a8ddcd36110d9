#include "core/AppointmentSearch.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// The customer search (docs/search.md) on both databases. Rows are written by
// plain SQL, as the web shop does, so migration 015's triggers are what makes
// them findable.
class TestCustomerSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void normalizing_data();
    void normalizing();
    void init();
    void cleanup();
    void finds_data();
    void finds();
    void newestFirstWithCancelledMarked();
    void limitIsApplied();
    void detailsOfTheStoreAndChair();
    void olderThanTheNewestWindowIsFound();
    void editsKeepTheIndexCurrent();
    void veryLongNamesAreStoredAndFound();

private:
    void exec(const QString &statement);
    void addAppointment(AppointmentId id, ChairId chair, qint64 startsAt, const QString &name,
                        const QString &phone = {}, const QString &email = {},
                        const QString &status = QStringLiteral("confirmed"));
    QList<AppointmentId> ids(const QString &text, int limit = 0);

    static constexpr qint64 base = 1803000000; // 2027-02-18, UTC seconds
    static constexpr qint64 hour = 3600;
    static constexpr qint64 day = 86400;

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
};

void TestCustomerSearch::normalizing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<qint64>("id"); // -1: none

    QTest::newRow("empty") << QString() << QString() << QString() << qint64(-1);
    QTest::newRow("blank") << QStringLiteral("  \t ") << QString() << QString() << qint64(-1);
    QTest::newRow("name") << QStringLiteral("  Ro ") << QStringLiteral("ro") << QString() << qint64(-1);
    QTest::newRow("two words") << QStringLiteral("Mia   ROS") << QStringLiteral("mia ros") << QString() << qint64(-1);
    QTest::newRow("phone punctuation") << QStringLiteral("(212) 555-01") << QStringLiteral("(212) 555-01")
                                       << QStringLiteral("21255501") << qint64(-1);
    QTest::newRow("international") << QStringLiteral("+1 212.555") << QStringLiteral("+1 212.555")
                                   << QStringLiteral("1212555") << qint64(-1);
    QTest::newRow("one digit") << QStringLiteral("7") << QStringLiteral("7") << QString() << qint64(7);
    QTest::newRow("digits") << QStringLiteral("0101") << QStringLiteral("0101") << QStringLiteral("0101")
                            << qint64(101);
    QTest::newRow("twelve digits") << QStringLiteral("123456789012") << QStringLiteral("123456789012")
                                   << QStringLiteral("123456789012") << qint64(123456789012);
    QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << QStringLiteral("1234567890123")
                                     << QStringLiteral("1234567890123") << qint64(-1);
    QTest::newRow("digits and letters") << QStringLiteral("ro55") << QStringLiteral("ro55") << QString() << qint64(-1);
    QTest::newRow("e-mail") << QStringLiteral("Mia.R@") << QStringLiteral("mia.r@") << QString() << qint64(-1);
}

void TestCustomerSearch::normalizing()
{
    QFETCH(QString, typed);
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QFETCH(qint64, id);
    const SearchQuery query = normalizeSearchQuery(typed);
    QCOMPARE(query.text, text);
    QCOMPARE(query.isEmpty(), text.isEmpty());
    QCOMPARE(query.digits, digits);
    QCOMPARE(query.id.has_value(), id >= 0);
    if (id >= 0)
        QCOMPARE(*query.id, id);
}

void TestCustomerSearch::init()
{
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    exec(QStringLiteral("INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) VALUES "
                        "(1, 'NYC-MID', 'Midtown', 'America/New_York', '2027-01-01', '2027-01-01'), "
                        "(2, 'LAX', 'Los Angeles', 'America/Los_Angeles', '2027-01-01', '2027-01-01')"));
    exec(QStringLiteral("INSERT INTO chairs (id, store_id, name, starts_on) VALUES "
                        "(1, 1, 'Chair 1', '2027-01-01'), (2, 1, 'Chair 2', '2027-01-01'), "
                        "(3, 2, 'Chair 1', '2027-01-01')"));
    // Each a half hour apart: the higher the id here, the newer.
    addAppointment(1, 2, base + 1 * hour, QStringLiteral("Mia Rossi"), QStringLiteral("(212) 555-0101"),
                   QStringLiteral("mia.rossi@example.com"));
    addAppointment(2, 3, base + 2 * hour, QStringLiteral("Rose Park"), QStringLiteral("310-555-0199"),
                   QStringLiteral("rose@park.example"));
    addAppointment(3, 1, base + 3 * hour, QStringLiteral("Aaron Brook"), QStringLiteral("+1 646 555 0303"),
                   QStringLiteral("aaron@example.com"));
    addAppointment(4, 1, base + 4 * hour, QStringLiteral("Élodie Ørsted"), QString(),
                   QStringLiteral("ELODIE@EXAMPLE.COM"));
    addAppointment(5, 2, base + 5 * hour, QStringLiteral("Anna Maria van der Berg"), QStringLiteral("020 7946 0958"));
}

void TestCustomerSearch::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_file.reset();
}

void TestCustomerSearch::exec(const QString &statement)
{
    QSqlQuery q(m_database->connection());
    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
}

void TestCustomerSearch::addAppointment(AppointmentId id, ChairId chair, qint64 startsAt, const QString &name,
                                        const QString &phone, const QString &email, const QString &status)
{
    QSqlQuery q(m_database->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, customer_phone, "
        "customer_email, status, channel) VALUES (:id, :chair, :starts, :ends, 1, :name, :phone, :email, :status, "
        "'web')")));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":chair"), chair);
    q.bindValue(QStringLiteral(":starts"), startsAt);
    q.bindValue(QStringLiteral(":ends"), startsAt + 1800);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":phone"), phone.isNull() ? QStringLiteral("") : phone); // NOT NULL columns
    q.bindValue(QStringLiteral(":email"), email.isNull() ? QStringLiteral("") : email);
    q.bindValue(QStringLiteral(":status"), status);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QList<AppointmentId> TestCustomerSearch::ids(const QString &text, int limit)
{
    const Result<QList<AppointmentMatch>> found = m_repository->searchAppointments(text, limit);
    if (!found) {
        qWarning() << found.error().message;
        return {-1};
    }
    QList<AppointmentId> result;
    for (const AppointmentMatch &m : *found)
        result.append(m.appointment.id);
    return result;
}

void TestCustomerSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<AppointmentId>>("expected"); // newest first

    using Ids = QList<AppointmentId>;
    QTest::newRow("word prefix, any word") << QStringLiteral("ro") << Ids{2, 1};
    QTest::newRow("upper case typed") << QStringLiteral("RO") << Ids{2, 1};
    QTest::newRow("not inside a word") << QStringLiteral("ron") << Ids{};
    QTest::newRow("several words") << QStringLiteral("mia ro") << Ids{1};
    QTest::newRow("a later word") << QStringLiteral("der b") << Ids{5};
    QTest::newRow("fifth word") << QStringLiteral("berg") << Ids{5};
    QTest::newRow("non-ASCII as typed") << QStringLiteral("Ør") << Ids{4};
    QTest::newRow("non-ASCII capital as typed") << QStringLiteral("Élo") << Ids{4};
    QTest::newRow("non-ASCII capitals fold only as typed") << QStringLiteral("élo") << Ids{};
    QTest::newRow("e-mail prefix") << QStringLiteral("mia.r") << Ids{1};
    QTest::newRow("e-mail in upper case stored") << QStringLiteral("elodie@") << Ids{4};
    QTest::newRow("not inside the e-mail") << QStringLiteral("example") << Ids{};
    QTest::newRow("phone digits typed with punctuation") << QStringLiteral("555-01") << Ids{2, 1};
    QTest::newRow("phone, stored with punctuation") << QStringLiteral("(646) 555") << Ids{3};
    QTest::newRow("phone, the end") << QStringLiteral("0958") << Ids{5};
    QTest::newRow("appointment id") << QStringLiteral("3") << Ids{3};
    QTest::newRow("id and phone digits") << QStringLiteral("01") << Ids{2, 1};
    QTest::newRow("nothing") << QStringLiteral("zz") << Ids{};
    QTest::newRow("empty finds nothing") << QStringLiteral("   ") << Ids{};
}

void TestCustomerSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QList<AppointmentId>, expected);
    QCOMPARE(ids(text), expected);
}

void TestCustomerSearch::newestFirstWithCancelledMarked()
{
    addAppointment(6, 1, base + 6 * hour, QStringLiteral("Robin Cancel"), {}, {}, QStringLiteral("cancelled"));
    addAppointment(7, 3, base - 86400, QStringLiteral("Roberta Early"));
    const Result<QList<AppointmentMatch>> found = m_repository->searchAppointments(QStringLiteral("ro"), 0);
    QVERIFY(found);
    QList<AppointmentId> order;
    for (const AppointmentMatch &m : *found)
        order.append(m.appointment.id);
    QCOMPARE(order, (QList<AppointmentId>{6, 2, 1, 7}));
    QCOMPARE(found->first().appointment.status, AppointmentStatus::Cancelled);
    QCOMPARE(found->at(1).appointment.status, AppointmentStatus::Confirmed);
}

void TestCustomerSearch::limitIsApplied()
{
    for (int i = 0; i < 60; ++i)
        addAppointment(100 + i, 1 + i % 2, base + day + i * qint64(1800), QStringLiteral("Lim Person %1").arg(i));
    QCOMPARE(ids(QStringLiteral("lim"), 3), (QList<AppointmentId>{159, 158, 157}));
    QCOMPARE(ids(QStringLiteral("lim"), 0).size(), defaultSearchLimit);
    QCOMPARE(ids(QStringLiteral("lim"), 1000).size(), 60);
}

void TestCustomerSearch::detailsOfTheStoreAndChair()
{
    const Result<QList<AppointmentMatch>> found = m_repository->searchAppointments(QStringLiteral("rossi"), 0);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    const AppointmentMatch &m = found->first();
    QCOMPARE(m.storeId, StoreId(1));
    QCOMPARE(m.storeCode, QStringLiteral("NYC-MID"));
    QCOMPARE(m.storeName, QStringLiteral("Midtown"));
    QCOMPARE(m.timeZoneId, QByteArray("America/New_York"));
    QCOMPARE(m.chairName, QStringLiteral("Chair 2"));
    QCOMPARE(m.appointment.customerPhone, QStringLiteral("(212) 555-0101"));
    QCOMPARE(m.appointment.customerEmail, QStringLiteral("mia.rossi@example.com"));
    QCOMPARE(m.appointment.startsAt.toSecsSinceEpoch(), base + 3600);
}

// More than the newest few thousand rows: the first statement cannot see the
// matches, the index of migration 015 must.
void TestCustomerSearch::olderThanTheNewestWindowIsFound()
{
    const bool pg = test::TestDatabase::currentBackend() == test::Backend::PostgreSql;
    exec(QStringLiteral("INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, "
                        "customer_phone, status, channel) %1")
             .arg(pg ? QStringLiteral("SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, "
                                      "'Filler Customer', '999', 'confirmed', 'web' FROM generate_series(1, 5000) n")
                           .arg(base + 86400)
                     : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 5000) "
                                      "SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, "
                                      "'Filler Customer', '999', 'confirmed', 'web' FROM s")
                           .arg(base + 86400)));
    QCOMPARE(ids(QStringLiteral("ro")), (QList<AppointmentId>{2, 1}));
    QCOMPARE(ids(QStringLiteral("0101")), (QList<AppointmentId>{1}));
    QCOMPARE(ids(QStringLiteral("mia.")), (QList<AppointmentId>{1}));
    QCOMPARE(ids(QStringLiteral("5")), (QList<AppointmentId>{5}));
    QCOMPARE(ids(QStringLiteral("fil"), 2), (QList<AppointmentId>{6000, 5999}));
}

void TestCustomerSearch::veryLongNamesAreStoredAndFound()
{
    // Far beyond a btree entry (about 2,700 bytes on PostgreSQL): the web shop
    // may write anything; the insert must not fail because of the index.
    // Letters that do not repeat, so that PostgreSQL cannot compress the key small.
    QString noise;
    quint32 seed = 12345;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 1103515245u + 12345u;
        noise.append(QLatin1Char(char('a' + (seed >> 16) % 26)));
    }
    const QString longName = QStringLiteral("Zed qqqq") + noise;
    const QString longEmail = QStringLiteral("zzzz") + noise + QStringLiteral("@example.com");
    addAppointment(77, 3, base + 7 * day, longName, QStringLiteral("7777") + QString::number(seed), longEmail);
    // Enough newer rows that the index, not the newest window, answers.
    const bool pg = test::TestDatabase::currentBackend() == test::Backend::PostgreSql;
    exec(QStringLiteral("INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, "
                        "status, channel) %1")
             .arg(pg ? QStringLiteral("SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, 'Filler', "
                                      "'confirmed', 'web' FROM generate_series(1, 4500) n")
                           .arg(base + 30 * day)
                     : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 4500) "
                                      "SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, 'Filler', "
                                      "'confirmed', 'web' FROM s")
                           .arg(base + 30 * day)));
    QCOMPARE(ids(QStringLiteral("qqqq")), (QList<AppointmentId>{77}));
    QCOMPARE(ids(QStringLiteral("qqqq") + noise.left(596)), (QList<AppointmentId>{77})); // longer than a key
    QCOMPARE(ids(QStringLiteral("zzzz")), (QList<AppointmentId>{77}));
    QCOMPARE(ids(QStringLiteral("7777")), (QList<AppointmentId>{77}));
}

void TestCustomerSearch::editsKeepTheIndexCurrent()
{
    const bool pg = test::TestDatabase::currentBackend() == test::Backend::PostgreSql;
    // Enough newer rows that only the index answers for the edited ones.
    exec(QStringLiteral("INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, "
                        "status, channel) %1")
             .arg(pg ? QStringLiteral("SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, 'Filler', "
                                      "'confirmed', 'web' FROM generate_series(1, 4500) n")
                           .arg(base + 86400)
                     : QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 4500) "
                                      "SELECT 1000 + n, 3, %1 + n * 1800, %1 + n * 1800 + 1800, 1, 'Filler', "
                                      "'confirmed', 'web' FROM s")
                           .arg(base + 86400)));
    exec(QStringLiteral("UPDATE appointments SET customer_name = 'Zed Quill', customer_phone = '777 1234' "
                        "WHERE id = 1"));
    QCOMPARE(ids(QStringLiteral("ro")), (QList<AppointmentId>{2}));
    QCOMPARE(ids(QStringLiteral("qu")), (QList<AppointmentId>{1}));
    QCOMPARE(ids(QStringLiteral("0101")), QList<AppointmentId>{});
    QCOMPARE(ids(QStringLiteral("7771")), (QList<AppointmentId>{1}));
    // Moved before Rose Park's: the order follows.
    exec(QStringLiteral("UPDATE appointments SET customer_name = 'Rolf Quill', starts_at = %1, ends_at = %2 "
                        "WHERE id = 1")
             .arg(base + 3 * hour + 1800)
             .arg(base + 4 * hour));
    QCOMPARE(ids(QStringLiteral("ro")), (QList<AppointmentId>{1, 2}));
    exec(QStringLiteral("DELETE FROM appointments WHERE id = 2"));
    QCOMPARE(ids(QStringLiteral("ro")), (QList<AppointmentId>{1}));
    QSqlQuery left(m_database->connection());
    QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM appointment_search WHERE appointment_id = 2")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "tst_customersearch.moc"
