#include "core/ScheduleWriter.h"
#include "storage/Database.h"
#include "storage/SqlBookingWriter.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// Nothing in the PostgreSQL schema runs a user's code with more rights than the
// user (docs/security.md): every SAMS function has a fixed search_path, the ones
// that run as the owner are not executable by everyone, temporary tables, views
// and functions named like SAMS's tables change nothing, and history and the
// change log cannot be forged or bypassed by a job role.
class TestPgSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFunctionHasAFixedSearchPath();
    void ownerRunFunctionsAreNotPublic();
    void jobRolesCannotWriteHistoryOrChangeLog();
    void shadowObjectsRunNoCodeAndGrantNothing_data();
    void shadowObjectsRunNoCodeAndGrantNothing();
    void changeLogIsWrittenOnlyByTriggers();
    void historyIsOnlyForOwnChangesWithTheLogin();
    void rowLevelSecurityCoversHistoryAndChangeLog();
    void tempStoreAssignmentsDoNotWidenWhatAUserSees();
    void lastChangeAnswersOnlyForOwnStores();
    void samsWritersRecordTheLoginNotTheClaim();

private:
    // One login's session; temporary objects go with it.
    struct Session {
        Session(const test::TestDatabase &file, const QString &user, int number);
        ~Session();
        Session(const Session &) = delete;
        Session &operator=(const Session &) = delete;
        QString name;
        QSqlDatabase db;
    };

    QString role(const char *who) const { return QStringLiteral("%1_%2").arg(QString::fromLatin1(who), m_suffix); }
    std::unique_ptr<Session> as(const char *who) { return std::make_unique<Session>(*m_file, role(who), ++m_sessions); }
    // Owner-side values the test compares; a failure here is a broken test, not a finding.
    QVariant owner(const QString &statement);
    QString rightsSnapshot();
    qint64 lastChangeLogId()
    {
        return owner(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")).toLongLong();
    }

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_owner;
    ChainData m_chain;
    QString m_suffix;
    int m_sessions = 0;
    StoreId m_ownStore = 0;
    StoreId m_otherStore = 0;
    ChairId m_ownChair = 0;
    AppointmentId m_ownAppointment = 0;
    AppointmentId m_otherAppointment = 0;
};

namespace {
// The SQLSTATE of a refused statement, or "ok".
QString outcome(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    return q.exec(statement) ? QStringLiteral("ok") : q.lastError().nativeErrorCode();
}

QString text(QSqlQuery &q)
{
    return q.lastQuery() + QStringLiteral(": ") + q.lastError().text();
}

// SAMS's own functions: those of the schema that no extension brought.
const QString samsFunctions = QStringLiteral(
    "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d "
    "WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')");
} // namespace

TestPgSecurity::Session::Session(const test::TestDatabase &file, const QString &user, int number)
    : name(QStringLiteral("pgsecurity-%1-%2").arg(user).arg(number))
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const DatabaseUrl url = file.url();
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.databaseName);
    db.setUserName(user);
    if (!db.open())
        qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
}

TestPgSecurity::Session::~Session()
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QVariant TestPgSecurity::owner(const QString &statement)
{
    QSqlQuery q(m_owner->connection());
    if (!q.exec(statement) || !q.next())
        qFatal("%s", qPrintable(text(q)));
    return q.value(0);
}

void TestPgSecurity::initTestCase()
{
    m_file = std::make_unique<test::TestDatabase>(test::Backend::PostgreSql);
    m_owner = m_file->open();
    m_chain = test::insertDemoChain(*m_owner);
    m_suffix = m_file->url().databaseName; // roles are cluster-wide: one set per test database
    m_ownStore = m_chain.stores.at(0).id;
    m_otherStore = m_chain.stores.at(1).id;
    for (const Chair &chair : std::as_const(m_chain.chairs)) {
        if (chair.storeId == m_ownStore && !m_ownChair)
            m_ownChair = chair.id;
    }
    for (const Appointment &a : std::as_const(m_chain.appointments)) {
        const auto chair = std::find_if(m_chain.chairs.cbegin(), m_chain.chairs.cend(),
                                        [&](const Chair &c) { return c.id == a.chairId; });
        if (chair->storeId == m_ownStore && !m_ownAppointment)
            m_ownAppointment = a.id;
        if (chair->storeId == m_otherStore && !m_otherAppointment)
            m_otherAppointment = a.id;
    }
    QVERIFY(m_ownChair && m_ownAppointment && m_otherAppointment);
    QSqlQuery setup(m_owner->connection());
    for (const auto &[who, job] : {std::pair{"tech", "sams_technician"}, std::pair{"sched", "sams_scheduler"}}) {
        QVERIFY2(setup.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role(who), QString::fromLatin1(job))),
                 qPrintable(text(setup)));
        QVERIFY2(setup.exec(QStringLiteral("INSERT INTO store_assignments (role_name, store_id) VALUES ('%1', %2)")
                                .arg(role(who))
                                .arg(m_ownStore)),
                 qPrintable(text(setup)));
    }
}

void TestPgSecurity::cleanupTestCase()
{
    QSqlQuery drop(m_owner->connection());
    for (const char *who : {"tech", "sched"}) {
        drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role(who)));
        drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role(who)));
    }
    m_owner.reset();
}

QString TestPgSecurity::rightsSnapshot()
{
    // Role attributes, memberships, every grant on the schema's tables, sequences
    // and functions, and the store assignments: whatever a stolen right would change.
    const QString names = QStringLiteral("ARRAY['%1', '%2', 'sams_admin', 'sams_manager', 'sams_scheduler', "
                                         "'sams_technician']::text[]")
                              .arg(role("tech"), role("sched"));
    return owner(QStringLiteral(
                     "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
                     "SELECT format('role %%s super=%%s createrole=%%s createdb=%%s bypassrls=%%s', r.rolname, "
                     "r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls) AS x FROM pg_roles r WHERE "
                     "r.rolname = ANY(%1) "
                     "UNION ALL SELECT format('member %%s of %%s', m.member::regrole, m.roleid::regrole) FROM "
                     "pg_auth_members m WHERE m.member::regrole::text = ANY(%1) "
                     "UNION ALL SELECT format('grant %%s on %%s to %%s', a.privilege_type, c.oid::regclass, "
                     "a.grantee::regrole) FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a WHERE "
                     "c.relnamespace = 'public'::regnamespace "
                     "UNION ALL SELECT format('grant %%s on %%s to %%s', a.privilege_type, p.oid::regprocedure, "
                     "a.grantee::regrole) FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a WHERE "
                     "p.pronamespace = 'public'::regnamespace "
                     "UNION ALL SELECT format('assigned %%s to %%s', s.role_name, s.store_id) FROM store_assignments "
                     "s) rights")
                     .arg(names))
        .toString();
}

void TestPgSecurity::everyFunctionHasAFixedSearchPath()
{
    // pg_temp last, explicitly: left out, it is searched first for tables.
    QSqlQuery q(m_owner->connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT p.oid::regprocedure::text, COALESCE(array_to_string(p.proconfig, ';'), "
                                   "'') ")
                    + samsFunctions),
             qPrintable(text(q)));
    int functions = 0;
    while (q.next()) {
        ++functions;
        const QString function = q.value(0).toString();
        QStringList path;
        for (const QString &setting : q.value(1).toString().split(QLatin1Char(';'))) {
            if (setting.startsWith(QLatin1String("search_path=")))
                path = setting.mid(12).split(QLatin1Char(','));
        }
        for (QString &schema : path)
            schema = schema.trimmed();
        QVERIFY2(path.size() >= 2 && path.first() == QLatin1String("pg_catalog")
                     && path.last() == QLatin1String("pg_temp"),
                 qPrintable(function + QStringLiteral(": search_path is '") + path.join(QLatin1Char(','))
                            + QLatin1Char('\'')));
    }
    QVERIFY(functions >= 10);
}

void TestPgSecurity::ownerRunFunctionsAreNotPublic()
{
    // Every SECURITY DEFINER function and every trigger function (one could be
    // attached to a user's own table): no EXECUTE for PUBLIC; job roles may run
    // only the two definer functions they need.
    const QStringList needed{QStringLiteral("sams_record_history(text,bigint,text,text,text,text)"),
                             QStringLiteral("sams_last_change(text,bigint)")};
    QSqlQuery q(m_owner->connection());
    QVERIFY2(q.exec(QStringLiteral(
                        "SELECT p.oid::regprocedure::text, p.prosecdef, p.prorettype = 'trigger'::regtype, EXISTS "
                        "(SELECT 1 FROM aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a WHERE "
                        "a.grantee = 0 AND a.privilege_type = 'EXECUTE'), (SELECT COUNT(*) FROM pg_roles r WHERE "
                        "r.rolname IN ('sams_admin', 'sams_manager', 'sams_scheduler', 'sams_technician') AND "
                        "has_function_privilege(r.oid, p.oid, 'EXECUTE')) ")
                    + samsFunctions),
             qPrintable(text(q)));
    QStringList definers;
    while (q.next()) {
        const QString function = q.value(0).toString();
        const bool definer = q.value(1).toBool();
        if (definer)
            definers.append(function);
        if (!definer && !q.value(2).toBool())
            continue;
        QVERIFY2(!q.value(3).toBool(), qPrintable(function + QStringLiteral(" is executable by PUBLIC")));
        const bool forJobRoles = definer && needed.contains(function);
        QVERIFY2(q.value(4).toInt() == (forJobRoles ? 4 : 0),
                 qPrintable(function + QStringLiteral(" is executable by %1 job roles").arg(q.value(4).toInt())));
    }
    for (const QString &function : needed)
        QVERIFY2(definers.contains(function), qPrintable(definers.join(QLatin1Char(' '))));
}

void TestPgSecurity::jobRolesCannotWriteHistoryOrChangeLog()
{
    for (const char *job : {"sams_admin", "sams_manager", "sams_scheduler", "sams_technician"}) {
        const QString j = QString::fromLatin1(job);
        QVERIFY2(!owner(QStringLiteral("SELECT has_table_privilege('%1', 'public.history', 'INSERT') OR "
                                       "has_table_privilege('%1', 'public.change_log', 'INSERT, UPDATE, DELETE') OR "
                                       "has_sequence_privilege('%1', 'public.history_id_seq', 'USAGE, UPDATE') OR "
                                       "has_sequence_privilege('%1', 'public.change_log_id_seq', 'USAGE, UPDATE')")
                            .arg(j))
                      .toBool(),
                 qPrintable(j));
    }
}

void TestPgSecurity::shadowObjectsRunNoCodeAndGrantNothing_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("technician") << QStringLiteral("tech");
    QTest::newRow("scheduler") << QStringLiteral("sched");
}

void TestPgSecurity::shadowObjectsRunNoCodeAndGrantNothing()
{
    QFETCH(QString, who);
    const bool scheduler = who == QLatin1String("sched");
    const QString rightsBefore = rightsSnapshot();
    const qint64 changesBefore = lastChangeLogId();
    auto session = as(scheduler ? "sched" : "tech");
    QSqlQuery q(session->db);
    QStringList stores;
    for (const Store &s : std::as_const(m_chain.stores))
        stores.append(QString::number(s.id));
    const QString allStores = QStringLiteral("ARRAY[%1]::bigint[]").arg(stores.join(QLatin1Char(',')));
    // The trojan notes that it ran, and tries to make its caller superuser, an
    // admin, a writer of history and change_log, and assigned to every store.
    const QStringList trap{
        QStringLiteral("CREATE TEMP TABLE trojan_ran (who TEXT)"),
        QStringLiteral(
            "CREATE FUNCTION pg_temp.trojan_seen() RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
            "pg_temp.trojan_ran VALUES (current_user); BEGIN EXECUTE format('ALTER ROLE %I SUPERUSER BYPASSRLS', "
            "session_user); EXCEPTION WHEN OTHERS THEN NULL; END; BEGIN EXECUTE format('GRANT sams_admin TO %I', "
            "session_user); EXCEPTION WHEN OTHERS THEN NULL; END; BEGIN EXECUTE format('GRANT ALL ON public.history, "
            "public.change_log TO %I', session_user); EXCEPTION WHEN OTHERS THEN NULL; END; BEGIN INSERT INTO "
            "public.store_assignments (role_name, store_id) SELECT session_user, s.id FROM public.stores s ON "
            "CONFLICT DO NOTHING; EXCEPTION WHEN OTHERS THEN NULL; END; RETURN true; END $$"),
        QStringLiteral("CREATE FUNCTION pg_temp.trojan() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
                       "pg_temp.trojan_seen(); RETURN NEW; END $$"),
        // Tables SAMS's functions write.
        QStringLiteral("CREATE TEMP TABLE change_log (LIKE public.change_log INCLUDING ALL)"),
        QStringLiteral("CREATE TRIGGER trojan BEFORE INSERT OR UPDATE ON change_log FOR EACH ROW EXECUTE FUNCTION "
                       "pg_temp.trojan()"),
        // Tables they read: views that run the trojan and tell lies (every store
        // assigned, a roomy capacity, chairs in another store, a forged history).
        QStringLiteral("CREATE TEMP VIEW store_assignments AS SELECT current_user::text AS role_name, s AS store_id "
                       "FROM unnest(%1) s WHERE pg_temp.trojan_seen()")
            .arg(allStores),
        QStringLiteral("CREATE TEMP VIEW stores AS SELECT s AS id, 100 AS capacity FROM unnest(%1) s WHERE "
                       "pg_temp.trojan_seen()")
            .arg(allStores),
        QStringLiteral("CREATE TEMP VIEW chairs AS SELECT c.id, %1::bigint AS store_id FROM public.chairs c WHERE "
                       "pg_temp.trojan_seen()")
            .arg(m_otherStore),
        QStringLiteral("CREATE TEMP VIEW history AS SELECT 999999::bigint AS id, 0::bigint AS at, "
                       "'manager-bob'::text AS actor, 'appointment'::text AS entity, %1::bigint AS entity_id, "
                       "'cancel'::text AS action, NULL::text AS before, NULL::text AS after, 'forged'::text AS "
                       "reason WHERE pg_temp.trojan_seen()")
            .arg(m_ownAppointment),
        QStringLiteral("CREATE TRIGGER trojan INSTEAD OF INSERT ON history FOR EACH ROW EXECUTE FUNCTION "
                       "pg_temp.trojan()"),
    };
    for (const QString &statement : trap)
        QVERIFY2(q.exec(statement), qPrintable(text(q)));
    for (const char *table : {"appointments", "locks", "work_orders", "hours_versions", "date_exceptions"}) {
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP VIEW %1 AS SELECT * FROM public.%1 WHERE pg_temp.trojan_seen()")
                            .arg(QString::fromLatin1(table))),
                 qPrintable(text(q)));
    }
    // Functions in pg_temp are never looked up without the schema; made anyway.
    for (const char *function : {"sams_may_see(bigint)", "pg_has_role(name, text, text)", "pg_notify(text, text)"}) {
        QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION pg_temp.%1 RETURNS boolean LANGUAGE sql AS $$ SELECT "
                                       "pg_temp.trojan_seen() $$")
                            .arg(QString::fromLatin1(function))),
                 qPrintable(text(q)));
    }

    // What the job does, through every SAMS function on its way.
    QVERIFY2(q.exec(QStringLiteral("SELECT actor, action FROM public.sams_last_change('appointment', %1)")
                        .arg(m_ownAppointment)),
             qPrintable(text(q)));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("create")); // the demo's row, not the view's forged "cancel"
    QVERIFY(q.value(0).toString() != QLatin1String("manager-bob"));
    QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id) FROM public.stores")) && q.next(),
             qPrintable(text(q)));
    QCOMPARE(q.value(0).toInt(), 1);
    if (scheduler) {
        QVERIFY(session->db.transaction());
        QVERIFY2(q.exec(QStringLiteral("UPDATE public.appointments SET notes = 'shadowed' WHERE id = %1")
                            .arg(m_ownAppointment)),
                 qPrintable(text(q)));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY2(q.exec(QStringLiteral("SELECT public.sams_record_history('appointment', %1, 'note', NULL, NULL, "
                                       "'shadowed')")
                            .arg(m_ownAppointment)),
                 qPrintable(text(q)));
        QVERIFY(session->db.commit());
        // A seat beyond the store's capacity stays refused whatever "stores" means here.
        const int capacity = m_chain.stores.at(0).capacity;
        QCOMPARE(outcome(session->db,
                         QStringLiteral("INSERT INTO public.appointments (chair_id, starts_at, ends_at, "
                                        "slot_count, customer_name, status, channel, seat) VALUES (%1, "
                                        "1893456000, 1893457800, 1, 'Overflow', 'confirmed', 'staff', "
                                        "%2)")
                             .arg(m_ownChair)
                             .arg(capacity + 3)),
                 QStringLiteral("23P01"));
    } else {
        QVERIFY2(
            q.exec(
                QStringLiteral("UPDATE public.work_orders SET details = details WHERE store_id = %1").arg(m_ownStore)),
            qPrintable(text(q)));
    }

    QVERIFY2(q.exec(QStringLiteral("SELECT string_agg(who, ',') FROM pg_temp.trojan_ran")) && q.next(),
             qPrintable(text(q)));
    QVERIFY2(q.value(0).isNull(), qPrintable(QStringLiteral("the trojan ran as ") + q.value(0).toString()));
    q.finish();
    session.reset();
    QCOMPARE(owner(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = '%1'")
                       .arg(role(scheduler ? "sched" : "tech")))
                 .toBool(),
             false);
    QCOMPARE(rightsSnapshot(), rightsBefore);
    if (scheduler) {
        // The move reached the real change log, for the store it happened in, and
        // its history names the login.
        QVERIFY2(owner(QStringLiteral("SELECT COUNT(*) FILTER (WHERE store_id = %1 AND entity = 'appointment') > 0 AND "
                                      "COUNT(*) FILTER (WHERE store_id IS DISTINCT FROM %1) = 0 FROM change_log "
                                      "WHERE id > %2")
                           .arg(m_ownStore)
                           .arg(changesBefore))
                     .toBool(),
                 "the change never reached public.change_log, or under another store");
        QCOMPARE(owner(QStringLiteral("SELECT actor FROM history WHERE entity = 'appointment' AND entity_id = %1 "
                                      "ORDER BY id DESC LIMIT 1")
                           .arg(m_ownAppointment))
                     .toString(),
                 role("sched"));
    }
}

void TestPgSecurity::changeLogIsWrittenOnlyByTriggers()
{
    const qint64 changesBefore = lastChangeLogId();
    auto session = as("sched");
    QCOMPARE(outcome(session->db,
                     QStringLiteral("SELECT public.sams_log_change(%1, NULL, NULL, NULL, 'store')").arg(m_otherStore)),
             QStringLiteral("42501"));
    QCOMPARE(
        outcome(
            session->db,
            QStringLiteral("INSERT INTO public.change_log (store_id, entity) VALUES (%1, 'store')").arg(m_otherStore)),
        QStringLiteral("42501"));
    // No SAMS trigger function can be attached to a table of the user's own, where
    // it would run as the owner on rows the user makes up.
    QVERIFY(outcome(session->db,
                    QStringLiteral("CREATE TEMP TABLE fake (id BIGINT, store_id BIGINT, chair_id BIGINT, "
                                   "starts_at BIGINT, ends_at BIGINT, hours_version_id BIGINT, "
                                   "exception_id BIGINT, seat INTEGER)"))
            == QLatin1String("ok"));
    QSqlQuery triggers(m_owner->connection());
    QVERIFY2(triggers.exec(QStringLiteral("SELECT p.proname ") + samsFunctions
                           + QStringLiteral(" AND p.prorettype = 'trigger'::regtype")),
             qPrintable(text(triggers)));
    int tried = 0;
    while (triggers.next()) {
        ++tried;
        const QString function = triggers.value(0).toString();
        QCOMPARE(outcome(session->db,
                         QStringLiteral("CREATE TRIGGER t_%1 AFTER INSERT ON pg_temp.fake FOR EACH ROW "
                                        "EXECUTE FUNCTION public.%1('store')")
                             .arg(function)),
                 QStringLiteral("42501"));
    }
    QVERIFY(tried >= 8);
    QCOMPARE(outcome(session->db,
                     QStringLiteral("INSERT INTO pg_temp.fake (id, store_id) VALUES (%1, %1)").arg(m_otherStore)),
             QStringLiteral("ok"));
    session.reset();
    QCOMPARE(lastChangeLogId(), changesBefore);
}

void TestPgSecurity::historyIsOnlyForOwnChangesWithTheLogin()
{
    const qint64 serverBefore = owner(QStringLiteral("SELECT floor(extract(epoch FROM now()))::bigint")).toLongLong();
    for (const char *who : {"tech", "sched"}) {
        auto session = as(who);
        // Straight into the table, with a made-up actor: refused.
        QCOMPARE(outcome(session->db,
                         QStringLiteral("INSERT INTO public.history (at, actor, entity, entity_id, action, "
                                        "reason) VALUES (1801000000, 'manager-bob', 'appointment', %1, "
                                        "'cancel', 'forged')")
                             .arg(m_otherAppointment)),
                 QStringLiteral("42501"));
        // Through the function: not for another store, not for a row this transaction did not change.
        for (const QString &entity :
             {QStringLiteral("'appointment', %1").arg(m_otherAppointment),
              QStringLiteral("'store', %1").arg(m_otherStore),
              QStringLiteral("'appointment', %1").arg(m_ownAppointment), QStringLiteral("'store', %1").arg(m_ownStore),
              QStringLiteral("'nonsense', %1").arg(m_ownStore)}) {
            QCOMPARE(outcome(session->db,
                             QStringLiteral("SELECT public.sams_record_history(%1, 'cancel', NULL, NULL, "
                                            "'forged')")
                                 .arg(entity)),
                     QStringLiteral("42501"));
        }
    }
    // A scheduler who changed their own appointment records it: as themselves, at the server's time.
    auto session = as("sched");
    QSqlQuery q(session->db);
    QVERIFY(session->db.transaction());
    QVERIFY2(
        q.exec(
            QStringLiteral("UPDATE public.appointments SET notes = 'called back' WHERE id = %1").arg(m_ownAppointment)),
        qPrintable(text(q)));
    QCOMPARE(outcome(session->db,
                     QStringLiteral("SELECT public.sams_record_history('appointment', %1, 'cancel', "
                                    "NULL, NULL, 'forged')")
                         .arg(m_otherAppointment)),
             QStringLiteral("42501"));
    QVERIFY(session->db.rollback());
    QVERIFY(session->db.transaction());
    QVERIFY2(
        q.exec(
            QStringLiteral("UPDATE public.appointments SET notes = 'called back' WHERE id = %1").arg(m_ownAppointment)),
        qPrintable(text(q)));
    QVERIFY2(q.exec(QStringLiteral("SELECT public.sams_record_history('appointment', %1, 'note', NULL, "
                                   "'{\"notes\":\"called back\"}', 'legit')")
                        .arg(m_ownAppointment)),
             qPrintable(text(q)));
    QVERIFY(session->db.commit());
    q.finish();
    session.reset();
    const qint64 serverAfter = owner(QStringLiteral("SELECT floor(extract(epoch FROM now()))::bigint")).toLongLong();

    QCOMPARE(
        owner(QStringLiteral("SELECT COUNT(*) FROM history WHERE reason = 'forged' OR actor = 'manager-bob'")).toInt(),
        0);
    QSqlQuery row(m_owner->connection());
    QVERIFY2(row.exec(QStringLiteral("SELECT actor, at FROM history WHERE reason = 'legit'")) && row.next(),
             qPrintable(text(row)));
    QCOMPARE(row.value(0).toString(), role("sched"));
    QVERIFY2(row.value(1).toLongLong() >= serverBefore && row.value(1).toLongLong() <= serverAfter,
             qPrintable(QStringLiteral("at %1 not within %2..%3")
                            .arg(row.value(1).toLongLong())
                            .arg(serverBefore)
                            .arg(serverAfter)));
}

void TestPgSecurity::rowLevelSecurityCoversHistoryAndChangeLog()
{
    // History is not readable by job roles at all; were it granted, row-level
    // security would still show only the user's stores.
    QVERIFY(owner(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE store_id <> %1").arg(m_ownStore)).toInt() > 0);
    QVERIFY(owner(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'appointment' AND entity_id = %1")
                      .arg(m_otherAppointment))
                .toInt()
            > 0);
    QSqlQuery grant(m_owner->connection());
    QVERIFY2(grant.exec(QStringLiteral("GRANT SELECT ON history TO %1").arg(role("sched"))), qPrintable(text(grant)));
    auto session = as("sched");
    QSqlQuery q(session->db);
    QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FILTER (WHERE store_id = %1), COUNT(*) FILTER (WHERE store_id IS "
                                   "DISTINCT FROM %1) FROM change_log")
                        .arg(m_ownStore))
                 && q.next(),
             qPrintable(text(q)));
    const int ownChanges = q.value(0).toInt();
    const int otherChanges = q.value(1).toInt();
    QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FILTER (WHERE entity = 'appointment' AND entity_id = %1), "
                                   "COUNT(*) FILTER (WHERE entity = 'appointment' AND entity_id = %2) FROM history")
                        .arg(m_ownAppointment)
                        .arg(m_otherAppointment))
                 && q.next(),
             qPrintable(text(q)));
    const int ownHistory = q.value(0).toInt();
    const int otherHistory = q.value(1).toInt();
    q.finish();
    session.reset();
    QVERIFY2(grant.exec(QStringLiteral("REVOKE SELECT ON history FROM %1").arg(role("sched"))),
             qPrintable(text(grant)));
    QVERIFY(ownChanges > 0);
    QCOMPARE(otherChanges, 0);
    QVERIFY(ownHistory > 0);
    QCOMPARE(otherHistory, 0);
}

void TestPgSecurity::tempStoreAssignmentsDoNotWidenWhatAUserSees()
{
    auto session = as("tech");
    QSqlQuery q(session->db);
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TABLE store_assignments (role_name TEXT, store_id BIGINT)")),
             qPrintable(text(q)));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO pg_temp.store_assignments SELECT current_user, s FROM "
                                   "generate_series(1, %1) s")
                        .arg(m_chain.stores.size() + 10)),
             qPrintable(text(q)));
    for (const char *visible :
         {"SELECT COUNT(*) FROM public.stores", "SELECT COUNT(DISTINCT store_id) FROM public.chairs",
          "SELECT COUNT(DISTINCT c.store_id) FROM public.appointments a JOIN public.chairs c ON c.id = a.chair_id",
          "SELECT COUNT(DISTINCT store_id) FROM public.change_log",
          "SELECT COUNT(DISTINCT store_id) FROM public.locks"}) {
        QVERIFY2(q.exec(QString::fromLatin1(visible)) && q.next(), qPrintable(text(q)));
        QVERIFY2(q.value(0).toInt() <= 1, visible);
    }
}

void TestPgSecurity::lastChangeAnswersOnlyForOwnStores()
{
    auto session = as("tech");
    QSqlQuery q(session->db);
    QVERIFY2(
        q.exec(QStringLiteral("SELECT action FROM public.sams_last_change('appointment', %1)").arg(m_ownAppointment))
            && q.next(),
        qPrintable(text(q)));
    q.finish();
    for (const QString &entity : {QStringLiteral("'appointment', %1").arg(m_otherAppointment),
                                  QStringLiteral("'store', %1").arg(m_otherStore), QStringLiteral("'nonsense', 1")}) {
        QCOMPARE(outcome(session->db, QStringLiteral("SELECT * FROM public.sams_last_change(%1)").arg(entity)),
                 QStringLiteral("42501"));
    }
}

void TestPgSecurity::samsWritersRecordTheLoginNotTheClaim()
{
    // SAMS's own writer, connected as a scheduler but claiming to be someone else:
    // history names the login, and so does the conflict message built from it.
    const auto own
        = std::find_if(m_chain.appointments.cbegin(), m_chain.appointments.cend(), [&](const Appointment &a) {
              return cancelAllowed(a.status) && a.id != m_ownAppointment
                  && std::any_of(m_chain.chairs.cbegin(), m_chain.chairs.cend(),
                                 [&](const Chair &c) { return c.id == a.chairId && c.storeId == m_ownStore; });
          });
    QVERIFY(own != m_chain.appointments.cend());
    DatabaseUrl url = m_file->url();
    url.user = role("sched");
    auto database = Database::open(url, Database::Creation::MustExist);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    SqlBookingWriter writer(**database, QStringLiteral("manager-bob"));
    const Result<int> cancelled = writer.cancel(own->id, QStringLiteral("Customer called"), own->version);
    if (!cancelled)
        QFAIL(qPrintable(cancelled.error().message));
    const Result<int> stale = writer.cancel(own->id, QStringLiteral("Again"), own->version);
    QVERIFY(!stale.has_value());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(role("sched") + QStringLiteral(" cancelled it")),
             qPrintable(stale.error().message));
    QCOMPARE(owner(QStringLiteral("SELECT COUNT(*) FROM history WHERE actor = 'manager-bob'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
