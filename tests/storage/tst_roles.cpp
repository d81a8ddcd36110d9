#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "storage/SqlWorkOrderService.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// Roles are the server's to enforce (PostgreSQL): a technician cannot change
// hours even with hand-written SQL, users see only the stores assigned to them,
// and nobody can rewrite history.
class TestRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void technicianCannotChangeHours();
    void usersSeeOnlyTheirStores();
    void schedulerBooksOnlyInTheirStores();
    void historyCannotBeRewritten();
    void samsctlReportsAPermissionRefusal();
    void onlyManagersOverrideLocks();
    void technicianMayNotEditAppointments();
    void techniciansWorkOrdersButCannotForgeTheirRecords();
    void staffDeliverTheirStoresMessagesButCannotForgeThem();

private:
    QSqlDatabase connectAs(const QString &user);
    QString role(const char *who) const { return QStringLiteral("%1_%2").arg(QString::fromLatin1(who), m_suffix); }

    std::unique_ptr<test::TestDatabase> m_file;
    ChainData m_chain;
    QString m_suffix;
    QStringList m_connections;
};

void TestRoles::initTestCase()
{
    m_file = std::make_unique<test::TestDatabase>(test::Backend::PostgreSql);
    auto database = m_file->open();
    m_chain = test::insertDemoChain(*database);
    m_suffix = m_file->url().databaseName; // roles are cluster-wide: one set per test database
    QSqlQuery setup(database->connection());
    const StoreId first = m_chain.stores.at(0).id;
    for (const auto &[who, job] : {std::pair{"tom", "sams_technician"}, std::pair{"alice", "sams_scheduler"}}) {
        QVERIFY2(setup.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role(who), QString::fromLatin1(job))),
                 qPrintable(setup.lastError().text()));
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO store_assignments (role_name, store_id) VALUES ('%1', %2)")
                               .arg(role(who))
                               .arg(first)));
        // Roles outlive a dropped database; they go when the test ends.
    }
}

void TestRoles::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    auto database = m_file->open();
    QSqlQuery drop(database->connection());
    for (const char *who : {"tom", "alice"}) {
        drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role(who)));
        drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role(who)));
    }
}

QSqlDatabase TestRoles::connectAs(const QString &user)
{
    const QString name = QStringLiteral("as-%1-%2").arg(user).arg(m_connections.size());
    m_connections.append(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const DatabaseUrl url = m_file->url();
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.databaseName);
    db.setUserName(user);
    if (!db.open())
        qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
    return db;
}

void TestRoles::technicianCannotChangeHours()
{
    QSqlDatabase tom = connectAs(role("tom"));
    QSqlQuery q(tom);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO hours_versions (store_id, effective_from) VALUES (%1, '2027-01-01')")
                        .arg(m_chain.stores.at(0).id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM hours_intervals")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // What a technician is for still works.
    QVERIFY2(q.exec(QStringLiteral("UPDATE work_orders SET status = 'completed' WHERE store_id = %1")
                        .arg(m_chain.stores.at(0).id)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.numRowsAffected() > 0);
}

void TestRoles::usersSeeOnlyTheirStores()
{
    QSqlDatabase tom = connectAs(role("tom"));
    QSqlQuery q(tom);
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM stores")) && q.next());
    QCOMPARE(q.value(0).toString(), m_chain.stores.at(0).code);
    QVERIFY(!q.next());
    QVERIFY(q.exec(
        QStringLiteral("SELECT COUNT(DISTINCT c.store_id) FROM appointments a JOIN chairs c ON c.id = a.chair_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRoles::schedulerBooksOnlyInTheirStores()
{
    QSqlDatabase alice = connectAs(role("alice"));
    QSqlQuery q(alice);
    const Chair &own = m_chain.chairs.first();
    const auto other = std::find_if(m_chain.chairs.cbegin(), m_chain.chairs.cend(),
                                    [&](const Chair &c) { return c.storeId != own.storeId; });
    const QString insert = QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                          "customer_name, status, channel) VALUES (%1, 1893456000, 1893457800, 1, "
                                          "'Walk-in', 'confirmed', 'staff')");
    QVERIFY2(q.exec(insert.arg(own.id)), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(insert.arg(other->id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE stores SET name = 'Mine now' WHERE id = %1").arg(own.storeId)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestRoles::historyCannotBeRewritten()
{
    QSqlDatabase alice = connectAs(role("alice"));
    QSqlQuery q(alice);
    QVERIFY(!q.exec(QStringLiteral("UPDATE history SET actor = 'nobody'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM history")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // History holds customers' details: a scheduler cannot read it, only who last changed something.
    QVERIFY(!q.exec(QStringLiteral("SELECT after FROM history")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(q.exec(QStringLiteral("SELECT actor, action FROM sams_last_change('appointment', %1)")
                        .arg(m_chain.appointments.first().id)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("create"));
    // Not even the owner: the trigger refuses.
    auto database = m_file->open();
    QSqlQuery owner(database->connection());
    QVERIFY(!owner.exec(QStringLiteral("DELETE FROM history")));
    QVERIFY(owner.lastError().text().contains(QLatin1String("append-only")));
}

void TestRoles::samsctlReportsAPermissionRefusal()
{
    const DatabaseUrl url = m_file->url();
    QProcess samsctl;
    samsctl.start(
        QStringLiteral(SAMSCTL_PATH),
        {QStringLiteral("--db"),
         QStringLiteral("postgresql://%1@%2:%3/%4").arg(role("tom"), url.host).arg(url.port).arg(url.databaseName),
         QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY(samsctl.waitForFinished(60000));
    const QString err = QString::fromUtf8(samsctl.readAllStandardError());
    QCOMPARE(samsctl.exitCode(), 5);
    QVERIFY2(err.contains(QLatin1String("refused")), qPrintable(err));
    // One readable line with the server's reason: no driver noise (issue 7).
    QVERIFY2(err.count(QLatin1Char('\n')) == 1 && !err.contains(QLatin1String("QPSQL"))
                 && !err.contains(QLatin1String("Unable to")) && !err.contains(QLatin1String("ERROR:")),
             qPrintable(err));
}

void TestRoles::onlyManagersOverrideLocks()
{
    // The demo's "Colour training" lock: Chair 2 of Midtown, two days after "now", 09:00-12:00.
    const DatabaseUrl url = m_file->url();
    auto book = [&](const QString &user) {
        QProcess samsctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAMS_FAKE_NOW"), test::fixtureNow().toString(Qt::ISODate));
        samsctl.setProcessEnvironment(env);
        samsctl.start(
            QStringLiteral(SAMSCTL_PATH),
            {QStringLiteral("--db"),
             QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, url.host).arg(url.port).arg(url.databaseName),
             QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-MID"), QStringLiteral("--chair"),
             QStringLiteral("Chair 2"), QStringLiteral("--start"),
             test::fixtureNow().date().addDays(2).toString(Qt::ISODate) + QStringLiteral("T09:00"),
             QStringLiteral("--customer"), QStringLiteral("VIP"), QStringLiteral("--override-lock"),
             QStringLiteral("--reason"), QStringLiteral("Owner's guest")});
        samsctl.waitForFinished(60000);
        return std::pair{samsctl.exitCode(), QString::fromUtf8(samsctl.readAllStandardError())};
    };
    const auto [schedulerCode, schedulerErr] = book(role("alice"));
    QCOMPARE(schedulerCode, 5);
    QVERIFY2(schedulerErr.contains(QLatin1String("override right")), qPrintable(schedulerErr));
    const auto [ownerCode, ownerErr] = book(url.user);
    QVERIFY2(ownerCode == 0, qPrintable(ownerErr));
}

void TestRoles::technicianMayNotEditAppointments()
{
    // The desktop disables what a role may not do (Rights); the server refuses it anyway.
    DatabaseUrl url = m_file->url();
    url.user = role("tom");
    auto database = Database::open(url, Database::Creation::MustExist);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    SqlScheduleWriter writer(**database, role("tom"));
    const Rights rights = writer.rights();
    QCOMPARE(rights.role, QStringLiteral("technician"));
    QVERIFY(!rights.book && !rights.lock && !rights.overrideLocks);
    const Appointment &a = m_chain.appointments.first();
    const Result<Store> store = SqlScheduleRepository(**database).store(m_chain.stores.at(0).id);
    QVERIFY(store);
    const Result<int> refused = writer.setStatus(*store, a.id, AppointmentStatus::CheckedIn, a.version, QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    Appointment details = a;
    details.customerName = QStringLiteral("Renamed By Tom");
    const Result<int> renamed = writer.updateDetails(a.id, details, a.version);
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().kind, Error::Kind::Permission);
    const Result<Lock> unlock = writer.removeLock(m_chain.locks.first().id, QStringLiteral("not mine"));
    QVERIFY(!unlock);
    QCOMPARE(unlock.error().kind, Error::Kind::Permission);
}

void TestRoles::techniciansWorkOrdersButCannotForgeTheirRecords()
{
    // What the technicians' tools do, as a technician under row-level security
    // (docs/technician-guide.md); the trail and the outbox cannot be written by
    // hand (migration 018's triggers).
    DatabaseUrl url = m_file->url();
    url.user = role("tom");
    auto database = Database::open(url, Database::Creation::MustExist);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    QVERIFY(SqlScheduleWriter(**database, role("tom")).rights().orders);
    SqlWorkOrderService orders(**database, role("tom"));
    const Store store = m_chain.stores.at(0);
    const QDate tomorrow = Clock::todayIn(store.timeZone()).addDays(1);
    WorkOrder order;
    order.storeId = store.id;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.customerEmail = QStringLiteral("ana@example.com");
    order.dueDate = tomorrow;
    order.dueSlot = DueSlot::Afternoon;
    const Result<qint64> id = orders.schedule(order, QStringLiteral("tom-1"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(*orders.schedule(order, QStringLiteral("tom-1")), *id); // a retry adds nothing
    const Result<int> moved = orders.reschedule(*id, 1, {tomorrow, DueSlot::Evening, -1}, QStringLiteral("Later"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(orders.trail(*id)->first().actor, role("tom")); // the server's word for who
    // Another store's order is out of sight and out of reach.
    order.storeId = m_chain.stores.at(1).id;
    QVERIFY(!orders.schedule(order, {}));
    const QDateTime afternoon = SlotCalculator::instantOf(tomorrow.addDays(-1), 15 * 60, store.timeZone());
    const Result<QList<OrderReminder>> reminders = orders.runReminders(afternoon, {});
    QVERIFY2(reminders, reminders ? "" : qPrintable(reminders.error().message));
    QCOMPARE(reminders->size(), 1);
    QCOMPARE(reminders->first().storeId, store.id);

    QSqlQuery q(connectAs(role("tom")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO work_order_reschedules (work_order_id, count, to_date, to_slot, "
                                   "reason, actor, at) VALUES (%1, 9, '2030-01-01', 'MORNING', 'x', 'boss', 0)")
                        .arg(*id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (dedup_key, store_id, kind, entity, entity_id, channel, "
                                   "recipient, subject, body, created_at) VALUES ('x', %1, 'order_scheduled', "
                                   "'work_order', %2, 'email', 'victim@example.com', 'Hi', 'Pay here', 0)")
                        .arg(store.id)
                        .arg(*id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // A scheduler takes orders on the phone too.
    url.user = role("alice");
    auto scheduler = Database::open(url, Database::Creation::MustExist);
    QVERIFY(scheduler);
    order.storeId = store.id;
    const Result<qint64> taken = SqlWorkOrderService(**scheduler, role("alice")).schedule(order, {});
    QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
}

void TestRoles::staffDeliverTheirStoresMessagesButCannotForgeThem()
{
    // Every desktop runs the delivery worker under its user's login
    // (docs/notifications.md, Rights): a scheduler's booking queues its message
    // in the same transaction, and her desktop claims and finishes it; nobody
    // queues a message by hand or rewrites its address.
    QSqlDatabase alice = connectAs(role("alice"));
    QSqlQuery q(alice);
    const Chair &own = m_chain.chairs.first();
    QVERIFY(alice.transaction());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                                   "customer_email, status, channel) VALUES (%1, 1893466800, 1893468600, 1, 'Ana', "
                                   "'ana@example.com', 'confirmed', 'staff') RETURNING id")
                        .arg(own.id)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 appointment = q.value(0).toLongLong();
    const QString queue = QStringLiteral("INSERT INTO outbox (dedup_key, store_id, kind, entity, entity_id, "
                                         "entity_version, channel, recipient, subject, body, created_at, state, "
                                         "attempts, about_at) VALUES ('%1', %2, 'appointment_booked', 'appointment', "
                                         "%3, 1, 'email', '%4', 'Pay here', '', 0, 'sent', 7, 1893466800)");
    QVERIFY2(q.exec(queue.arg(QStringLiteral("confirm:%1:1").arg(appointment))
                        .arg(own.storeId)
                        .arg(appointment)
                        .arg(QStringLiteral("ana@example.com"))),
             qPrintable(q.lastError().text()));
    QVERIFY(alice.commit());
    // The server's word: it starts queued, whatever the writer said.
    QVERIFY(q.exec(QStringLiteral("SELECT state, attempts, subject FROM outbox WHERE entity_id = %1").arg(appointment))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("queued"));
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toString(), QString()); // worded from the templates when sent, never by the writer
    // Outside the change that causes it, or to another address: refused.
    QVERIFY(!q.exec(queue.arg(QStringLiteral("confirm:%1:9").arg(appointment))
                        .arg(own.storeId)
                        .arg(appointment)
                        .arg(QStringLiteral("ana@example.com"))));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(alice.transaction());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE appointments SET notes = 'x', version = version + 1 WHERE id = %1").arg(appointment)));
    QVERIFY(!q.exec(queue.arg(QStringLiteral("confirm:%1:2").arg(appointment))
                        .arg(own.storeId)
                        .arg(appointment)
                        .arg(QStringLiteral("thief@example.com"))));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    alice.rollback();

    // Her desktop's worker: claim, then a fenced finish, through the delivery columns only.
    DatabaseUrl url = m_file->url();
    url.user = role("alice");
    auto database = Database::open(url, Database::Creation::MustExist);
    QVERIFY(database);
    SqlOutbox outbox(**database, role("alice"));
    const Result<QList<ClaimedMessage>> claimed = outbox.claim({QStringLiteral("email")}, 10, 1893400000, 60);
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    // Hers, and the earlier tests' order confirmations: all of her store.
    const auto mine = std::find_if(claimed->cbegin(), claimed->cend(), [&](const ClaimedMessage &c) {
        return c.entry.message.entity == QLatin1String("appointment") && c.entry.message.entityId == appointment;
    });
    QVERIFY(mine != claimed->cend());
    for (const ClaimedMessage &c : *claimed)
        QCOMPARE(c.entry.message.storeId, own.storeId);
    const Result<MessageSubject> subject = outbox.subject(mine->entry);
    QVERIFY2(subject, subject ? "" : qPrintable(subject.error().message));
    QVERIFY(subject->appointment);
    QVERIFY(*outbox.handOver(mine->entry.id, mine->token, QStringLiteral("email"), 1893400001, 60));
    QVERIFY(*outbox.finish(mine->entry.id, mine->token,
                           {OutboxState::Sent, {}, 0, QStringLiteral("S"), QStringLiteral("B")}, 1893400001));
    QCOMPARE(outbox.entry(mine->entry.id)->state, OutboxState::Sent);
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE outbox SET recipient = 'thief@example.com' WHERE entity_id = %1").arg(appointment)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Nor sent again by hand, nor reworded: only delivery's own transitions pass.
    QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET state = 'queued' WHERE id = %1").arg(mine->entry.id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    for (const ClaimedMessage &c : *claimed) { // the others wait for a later attempt
        if (c.entry.id != mine->entry.id)
            QVERIFY(*outbox.finish(c.entry.id, c.token,
                                   {OutboxState::Retrying, QStringLiteral("later"), 1893400100, {}, {}}, 1893400001));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM outbox WHERE entity = 'work_order' AND state = 'retrying' LIMIT 1"))
            && q.next());
    const qint64 orderMessage = q.value(0).toLongLong();
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE outbox SET body = 'Pay here: http://evil.example' WHERE id = %1").arg(orderMessage)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(outbox.cancel(orderMessage), "a cancel is one of delivery's transitions");
    // Staff record a customer's choice; only an admin words the messages.
    SqlNotifyConfig config(**database);
    QVERIFY(config.setContactChoice(QStringLiteral("ana@example.com"), ContactChoice::Sms));
    const Status wording = config.saveTemplate({QStringLiteral("appointment_booked"), QStringLiteral("en"),
                                                QStringLiteral("Hi"), QStringLiteral("Text"), QString()});
    QVERIFY(!wording);
    QVERIFY2(wording.error().message.contains(QStringLiteral("permission")), qPrintable(wording.error().message));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
