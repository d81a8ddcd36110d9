#include "widgets/ReasonDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace sams;

// The reason dialog (cancel, unlock, ...) driven with real keys and clicks.
class TestReasonDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTitlePromptAndOkText();
    void okNeedsAVisibleReason_data();
    void okNeedsAVisibleReason();
    void askReturnsTheTrimmedReason();
    void askReturnsNothingWhenCancelled();
};

namespace {
QPushButton *okButton(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLineEdit *reasonEdit(const QWidget &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
}

// Runs `step` on the modal dialog once ask() has shown it.
void whenShown(const std::function<void(QWidget &)> &step)
{
    QTimer::singleShot(0, [step] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        step(*dialog);
    });
}
} // namespace

void TestReasonDialog::showsTitlePromptAndOkText()
{
    ReasonDialog dialog(QStringLiteral("Cancel appointment"), QStringLiteral("Why is it cancelled?"),
                        QStringLiteral("Cancel appointment"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Cancel appointment"));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Cancel appointment"));
    bool promptShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        promptShown = promptShown || label->text() == QStringLiteral("Why is it cancelled?");
    QVERIFY(promptShown);
}

void TestReasonDialog::okNeedsAVisibleReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << false;
    QTest::newRow("zero-width space") << QStringLiteral("\u200B") << false;
    QTest::newRow("escape") << QStringLiteral("Sick\x1b[2J") << false;
    QTest::newRow("a reason") << QStringLiteral("Customer called") << true;
    QTest::newRow("padded") << QStringLiteral("  Sick  ") << true;
}

void TestReasonDialog::okNeedsAVisibleReason()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    ReasonDialog dialog(QStringLiteral("Remove lock"), QStringLiteral("Why is it removed?"), QStringLiteral("Remove"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), reasonEdit(dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    // Keys for what a keyboard types; the rest arrives as a paste does.
    if (QString::fromLatin1(typed.toLatin1()) == typed && !typed.contains(QChar(0x1b)))
        QTest::keyClicks(reasonEdit(dialog), typed);
    else
        reasonEdit(dialog)->insert(typed);
    QCOMPARE(okButton(dialog)->isEnabled(), enabled);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty(), enabled);
    // Return accepts only a reason.
    QTest::keyClick(reasonEdit(dialog), Qt::Key_Return);
    QCOMPARE(dialog.isVisible(), !enabled);
    if (enabled)
        QCOMPARE(dialog.reason(), typed.trimmed());
}

void TestReasonDialog::askReturnsTheTrimmedReason()
{
    whenShown([](QWidget &dialog) {
        QTest::keyClicks(reasonEdit(dialog), QStringLiteral(" Customer called "));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    const std::optional<QString> reason
        = ReasonDialog::ask(nullptr, QStringLiteral("Cancel appointment"), QStringLiteral("Why is it cancelled?"),
                            QStringLiteral("Cancel appointment"));
    QCOMPARE(reason, std::optional<QString>(QStringLiteral("Customer called")));
}

void TestReasonDialog::askReturnsNothingWhenCancelled()
{
    whenShown([](QWidget &dialog) {
        QTest::keyClicks(reasonEdit(dialog), QStringLiteral("Customer called"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    const std::optional<QString> reason
        = ReasonDialog::ask(nullptr, QStringLiteral("Cancel appointment"), QStringLiteral("Why is it cancelled?"),
                            QStringLiteral("Cancel appointment"));
    QVERIFY(!reason);
}

QTEST_MAIN(TestReasonDialog)
#include "tst_reasondialog.moc"
