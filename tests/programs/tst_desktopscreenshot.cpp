#include "support/TestDatabase.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace sams;

// sams --screenshot renders the real window offscreen to a PNG.
class TestDesktopScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersTheWeekOfAStore();
    void unknownStoreFails();
    void aMissingOrEmptyFileIsRefusedNotCreated();

private:
    static int run(const QString &program, const QStringList &arguments, QString *err = nullptr);
};

int TestDesktopScreenshot::run(const QString &program, const QStringList &arguments, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestDesktopScreenshot::rendersTheWeekOfAStore()
{
    test::TestDatabase file;
    QCOMPARE(run(QStringLiteral(SAMSCTL_PATH),
                 {QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo")}),
             0);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("week.png"));
    QString err;
    const int code
        = run(QStringLiteral(SAMS_PATH),
              {QStringLiteral("--db"), file.urlText(), QStringLiteral("--screenshot"), png, QStringLiteral("--store"),
               QStringLiteral("CHI-LOOP"), QStringLiteral("--view"), QStringLiteral("week")},
              &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 1000));
    // A real picture: many colours (text, blocks, shading), not a blank window.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestDesktopScreenshot::unknownStoreFails()
{
    test::TestDatabase file;
    QCOMPARE(run(QStringLiteral(SAMSCTL_PATH), {QStringLiteral("--db"), file.urlText(), QStringLiteral("init")}), 0);
    QTemporaryDir dir;
    QString err;
    const int code = run(QStringLiteral(SAMS_PATH),
                         {QStringLiteral("--db"), file.urlText(), QStringLiteral("--screenshot"),
                          dir.filePath(QStringLiteral("x.png")), QStringLiteral("--store"), QStringLiteral("NOPE")},
                         &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QLatin1String("NOPE")), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestDesktopScreenshot::aMissingOrEmptyFileIsRefusedNotCreated()
{
    // Only the embedded default is created on first start: a mistyped path or a
    // truncated file must not quietly become a new, empty database.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("truncated.sqlite"));
    QFile truncated(empty);
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.close();
    for (const QString &path : {missing, empty}) {
        QString err;
        const int code = run(QStringLiteral(SAMS_PATH),
                             {QStringLiteral("--db"), QStringLiteral("sqlite:") + path, QStringLiteral("--screenshot"),
                              dir.filePath(QStringLiteral("x.png"))},
                             &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(path), qPrintable(err));
    }
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

QTEST_GUILESS_MAIN(TestDesktopScreenshot)
#include "tst_desktopscreenshot.moc"
