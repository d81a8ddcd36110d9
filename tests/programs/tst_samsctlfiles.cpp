#include "support/SilentServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <unistd.h>

// The real samsctl on damaged files, read-only media, a full disk, a silent
// PostgreSQL server and the leftovers of killed runs (issue 7, faults 6-9).
// Read-only files and a full disk are real: chmod (as an unprivileged user when
// the test runs as root, since root ignores file modes) and small tmpfs mounts,
// which need root: CI runs as root, and without it those tests fail.
class TestSamsctlFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void damagedAndForeignFilesAreRefused();
    void readOnlyFileOrFolderStillReads_data();
    void readOnlyFileOrFolderStillReads();
    void readOnlyMountStillReads();
    void fullDiskReadsAndRefusesWritesCleanly();
    void silentPostgresServerTimesOut();
    void leftoversOfKilledRunsAreRemoved();
    void failedRestoreLeavesNoCopy();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run samsctl(const QString &db, const QStringList &arguments, bool unprivileged = false) const;
    static QByteArray hashOf(const QString &path);
    static void mount(const QString &folder, const QString &options);
    static void umount(const QString &folder);
    static void fillDisk(const QString &folder, qint64 leaveBytes);

    QTemporaryDir m_dir;
    QString m_source; // a SAMS database with the test spreadsheet's stores
    QString m_samsctlForAll; // a copy of samsctl any user may run
};

namespace {
// After NYC-1 becomes visible to staff (2027-02-15), before it opens.
const QString fakeNow = QStringLiteral("2027-02-16T15:00:00Z");
constexpr uid_t nobody = 65534;
} // namespace

TestSamsctlFiles::Run TestSamsctlFiles::samsctl(const QString &db, const QStringList &arguments,
                                                bool unprivileged) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), fakeNow);
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    process.setProcessEnvironment(env);
    if (unprivileged && ::geteuid() == 0) {
        env.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        // Root writes through any file mode: the reader runs as nobody instead.
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                ::_exit(99);
        });
    }
    process.start(unprivileged ? m_samsctlForAll : QStringLiteral(SAMSCTL_PATH),
                  QStringList{QStringLiteral("--db"), db} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish: %s", qPrintable(process.errorString()));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestSamsctlFiles::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestSamsctlFiles::mount(const QString &folder, const QString &options)
{
    QDir().mkpath(folder);
    const int code = QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                        QStringLiteral("tmpfs"), folder});
    if (code != 0)
        QFAIL(qPrintable(QStringLiteral("cannot mount a tmpfs on %1 (this test needs root)").arg(folder)));
}

void TestSamsctlFiles::umount(const QString &folder)
{
    QProcess::execute(QStringLiteral("umount"), {folder});
}

void TestSamsctlFiles::fillDisk(const QString &folder, qint64 leaveBytes)
{
    QFile filler(folder + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append));
    const QByteArray block(4096, '\0');
    while (QStorageInfo(folder).bytesAvailable() > leaveBytes && filler.write(block) == block.size())
        filler.flush();
}

void TestSamsctlFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("tmp"))));
    // Other users (nobody, for the read-only cases) may look inside.
    QFile::setPermissions(m_dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                              | QFile::ReadGroup | QFile::ExeGroup);
    // The build tree may sit in a folder only root can enter (a fresh clone under
    // a 0700 mktemp folder): nobody runs a copy of samsctl from here instead.
    m_samsctlForAll = m_dir.filePath(QStringLiteral("samsctl"));
    QVERIFY(QFile::copy(QStringLiteral(SAMSCTL_PATH), m_samsctlForAll));
    QVERIFY(QFile::setPermissions(m_samsctlForAll,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    const QString url = QStringLiteral("sqlite:") + m_source;
    QCOMPARE(samsctl(url, {QStringLiteral("init")}).exitCode, 0);
    const Run imported = samsctl(url, {QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestSamsctlFiles::damagedAndForeignFilesAreRefused()
{
    // Truncated to nothing: no command makes it a new, empty database.
    const QString truncated = m_dir.filePath(QStringLiteral("trunc.sqlite"));
    QFile(truncated).open(QIODevice::WriteOnly);
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("e"))},
          QStringList{QStringLiteral("slots"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                      QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"),
                      QStringLiteral("2027-03-01")}}) {
        const Run run = samsctl(QStringLiteral("sqlite:") + truncated, command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("empty (0 bytes), not a SAMS database (truncated?)")),
                 qPrintable(run.err));
    }
    QCOMPARE(QFileInfo(truncated).size(), 0);

    // Another program's SQLite file gets no SAMS tables.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"),
                               {foreign,
                                QStringLiteral("CREATE TABLE bookmarks (url TEXT); "
                                               "INSERT INTO bookmarks VALUES ('https://example.com');")}),
             0);
    const QByteArray before = hashOf(foreign);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
        const Run run = samsctl(QStringLiteral("sqlite:") + foreign, {command});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("another program's SQLite database")), qPrintable(run.err));
    }
    QCOMPARE(hashOf(foreign), before);

    // A damaged page: check reports SQLite's own findings.
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
    QCOMPARE(samsctl(QStringLiteral("sqlite:") + corrupt, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode,
             0);
    QFile raw(corrupt);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    raw.seek(raw.size() / 4096 / 2 * 4096);
    raw.write(QByteArray(4096, '\x5a'));
    raw.close();
    const Run checked = samsctl(QStringLiteral("sqlite:") + corrupt, {QStringLiteral("check")});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(QLatin1String("samsctl: SQLite integrity check: ")), qPrintable(checked.err));
    QVERIFY2(!checked.out.contains(QLatin1String("0 problem(s)")), qPrintable(checked.out));
}

void TestSamsctlFiles::readOnlyFileOrFolderStillReads_data()
{
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<int>("fileMode");
    const QFile::Permissions read = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions write = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFile::Permissions enter = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QTest::newRow("read-only folder") << int(read | enter) << int(read | write);
    QTest::newRow("read-only file") << int(read | write | enter) << int(read);
}

void TestSamsctlFiles::readOnlyFileOrFolderStillReads()
{
    QFETCH(int, folderMode);
    QFETCH(int, fileMode);
    const auto folder = QFile::Permissions::fromInt(folderMode);
    const auto file = QFile::Permissions::fromInt(fileMode);
    const QString place = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(place));
    const QString path = place + QStringLiteral("/db.sqlite");
    QVERIFY(QFile::copy(m_source, path));
    QVERIFY(QFile::setPermissions(path, file));
    QVERIFY(QFile::setPermissions(place, folder));
    const QByteArray before = hashOf(path);
    const QString url = QStringLiteral("sqlite:") + path;

    const Run slots = samsctl(url,
                              {QStringLiteral("slots"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                               QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"),
                               QStringLiteral("2027-03-01")},
                              true);
    QVERIFY2(slots.exitCode == 0, qPrintable(slots.err));
    QVERIFY(slots.out.contains(QLatin1String("Chair 1")));
    const Run booked = samsctl(url,
                               {QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                                QStringLiteral("2027-03-01T10:00"), QStringLiteral("--customer"), QStringLiteral("x")},
                               true);
    QCOMPARE(booked.exitCode, 1);
    QVERIFY2(booked.err.contains(QLatin1String("cannot be written")) && booked.err.contains(QLatin1String("read-only")),
             qPrintable(booked.err));
    QCOMPARE(booked.err.count(u'\n'), 1);
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QDir(place).entryList(QDir::Files), QStringList{QStringLiteral("db.sqlite")});
    QFile::setPermissions(place, folder | QFile::WriteOwner);
}

void TestSamsctlFiles::readOnlyMountStillReads()
{
    const QString place = m_dir.filePath(QStringLiteral("ro"));
    mount(place, QStringLiteral("size=4m"));
    QVERIFY(QFile::copy(m_source, place + QStringLiteral("/db.sqlite")));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), place}),
             0);
    const QString url = QStringLiteral("sqlite:") + place + QStringLiteral("/db.sqlite");
    const Run slots = samsctl(url,
                              {QStringLiteral("slots"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                               QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"),
                               QStringLiteral("2027-03-01")});
    const Run checked = samsctl(url, {QStringLiteral("check")});
    const Run exported = samsctl(url, {QStringLiteral("export"), m_dir.filePath(QStringLiteral("ro-export"))});
    const Run relabel
        = samsctl(url, {QStringLiteral("init"), QStringLiteral("--environment"), QStringLiteral("staging")});
    umount(place);
    QVERIFY2(slots.exitCode == 0, qPrintable(slots.err));
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(relabel.exitCode, 1);
    QVERIFY2(relabel.err.contains(QLatin1String("cannot be written")), qPrintable(relabel.err));
}

void TestSamsctlFiles::fullDiskReadsAndRefusesWritesCleanly()
{
    const QString place = m_dir.filePath(QStringLiteral("full"));
    mount(place, QStringLiteral("size=2m"));
    const QString url = QStringLiteral("sqlite:") + place + QStringLiteral("/db.sqlite");
    const Run created = samsctl(url, {QStringLiteral("init")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));

    // A little room left: SQLite opens for writing, then runs out inside the transaction.
    fillDisk(place, qint64(160) * 1024);
    const Run demo = samsctl(url, {QStringLiteral("init"), QStringLiteral("--demo")});
    const Run backup
        = samsctl(QStringLiteral("sqlite:") + m_source, {QStringLiteral("backup"), place + QStringLiteral("/b.bak")});
    const Run afterDemo = samsctl(url, {QStringLiteral("check")});
    // No room at all: not even SQLite's shared-memory file fits; reading still works.
    fillDisk(place, 0);
    const QString copyUrl = QStringLiteral("sqlite:") + place + QStringLiteral("/db.sqlite");
    const Run checked = samsctl(copyUrl, {QStringLiteral("check")});
    const Run book
        = samsctl(copyUrl, {QStringLiteral("init"), QStringLiteral("--environment"), QStringLiteral("staging")});
    const QStringList files = QDir(place).entryList(QDir::Files);
    umount(place);

    QCOMPARE(demo.exitCode, 1);
    QVERIFY2(demo.err.contains(QLatin1String("The disk is full; nothing was changed.")), qPrintable(demo.err));
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains(QLatin1String("The disk is full; nothing was changed.")), qPrintable(backup.err));
    QVERIFY2(afterDemo.exitCode == 0 && afterDemo.out.contains(QLatin1String("0 problem(s); 0 displaced")),
             qPrintable(afterDemo.out + afterDemo.err));
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QCOMPARE(book.exitCode, 1);
    QVERIFY2(book.err.contains(QLatin1String("full")), qPrintable(book.err));
    // Nothing half-written by the failed backup (no partial file, no -wal or -shm),
    // and no side files left by the attempt to open for writing.
    QCOMPARE(files, (QStringList{QStringLiteral("db.sqlite"), QStringLiteral("filler")}));
}

void TestSamsctlFiles::silentPostgresServerTimesOut()
{
    sams::test::SilentServer silent;
    const int port = silent.port();
    QVERIFY(port > 0);
    QElapsedTimer timer;
    timer.start();
    const Run run = samsctl(QStringLiteral("postgresql://u@127.0.0.1:%1/db?connect_timeout=2").arg(port),
                            {QStringLiteral("check")});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1 did not answer within 2 s").arg(port)), qPrintable(run.err));
}

void TestSamsctlFiles::leftoversOfKilledRunsAreRemoved()
{
    // A process id that is surely gone: a child that has exited.
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForFinished());
    const qint64 dead = gone.processId() > 0 ? gone.processId() : 999999;
    QVERIFY(::kill(static_cast<pid_t>(dead), 0) != 0);
    const qint64 alive = QCoreApplication::applicationPid();

    const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    auto touch = [](const QString &path) { QFile(path).open(QIODevice::WriteOnly); };
    const QString staleCopy = tmp + QStringLiteral("/sams-restore-%1-Ab12Cd").arg(dead);
    const QString liveCopy = tmp + QStringLiteral("/sams-restore-%1-Ef34Gh").arg(alive);
    QVERIFY(QDir().mkpath(staleCopy));
    QVERIFY(QDir().mkpath(liveCopy));
    touch(staleCopy + QStringLiteral("/restore.sqlite"));
    const QString stalePartial = folder + QStringLiteral("/old.bak.sams-%1.partial").arg(dead);
    const QString livePartial = folder + QStringLiteral("/other.bak.sams-%1.partial").arg(alive);
    touch(stalePartial);
    touch(stalePartial + QStringLiteral("-wal"));
    touch(livePartial);
    const QString unrelated = folder + QStringLiteral("/notes.partial");
    touch(unrelated);

    const QString backup = folder + QStringLiteral("/new.bak");
    const Run saved = samsctl(QStringLiteral("sqlite:") + m_source, {QStringLiteral("backup"), backup});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(QFile::permissions(backup) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner); // owner-only: customers' details
    QStringList expected{QStringLiteral("new.bak"), QStringLiteral("notes.partial"), QFileInfo(livePartial).fileName()};
    expected.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    QVERIFY(!QFile::exists(staleCopy)); // backup cleans the temporary folder too

    QVERIFY(QDir().mkpath(staleCopy));
    const QString target = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("restored.sqlite"));
    QCOMPARE(samsctl(target, {QStringLiteral("init")}).exitCode, 0);
    const Run restored = samsctl(target, {QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(QDir(tmp).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QFileInfo(liveCopy).fileName()});

    // Any samsctl command, not only the next backup or restore, removes a killed
    // restore's copy of customer data.
    QVERIFY(QDir().mkpath(staleCopy));
    touch(staleCopy + QStringLiteral("/restore.sqlite"));
    QCOMPARE(samsctl(target, {QStringLiteral("check")}).exitCode, 0);
    QVERIFY(!QFile::exists(staleCopy));
    QVERIFY(QFile::exists(liveCopy));
    QDir(liveCopy).removeRecursively();
}

void TestSamsctlFiles::failedRestoreLeavesNoCopy()
{
    const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
    const QString notABackup = m_dir.filePath(QStringLiteral("foreign.bak"));
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {notABackup, QStringLiteral("CREATE TABLE t (x);")}), 0);
    const QString target = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("restore-target.sqlite"));
    QCOMPARE(samsctl(target, {QStringLiteral("init")}).exitCode, 0);
    const Run restored = samsctl(target, {QStringLiteral("restore"), notABackup});
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(notABackup) && restored.err.contains(QLatin1String("not a SAMS database")),
             qPrintable(restored.err));
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestSamsctlFiles)
#include "tst_samsctlfiles.moc"
