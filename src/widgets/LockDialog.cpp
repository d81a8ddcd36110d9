#include "widgets/LockDialog.h"

#include "core/SlotCalculator.h"
#include "core/TextRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace sams {

LockDialog::LockDialog(const WeekSchedule &shown, QDate day, ChairId chair, int startMinute, QWidget *parent)
    : QDialog(parent)
    , m_store(shown.store)
    , m_day(day)
    , m_chair(new QComboBox)
    , m_from(new QTimeEdit)
    , m_to(new QTimeEdit)
    , m_reason(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Lock time"));
    m_chair->addItem(tr("Every chair of %1").arg(shown.store.name), QVariant());
    for (const Chair &c : shown.chairs)
        m_chair->addItem(c.name, c.id);
    m_chair->setCurrentIndex(std::max(0, m_chair->findData(chair)));
    const QTime start(startMinute / 60, startMinute % 60);
    m_from->setTime(start);
    m_to->setTime(start.addSecs(shown.store.slotMinutes * 60)); // QTime takes int seconds
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_reason->setPlaceholderText(tr("Why, e.g. \"Staff meeting\""));
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Lock"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Day:"), new QLabel(QLocale().toString(day, QLocale::LongFormat)));
    form->addRow(tr("&Chair:"), m_chair);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &LockDialog::validate);
    connect(m_from, &QTimeEdit::timeChanged, this, &LockDialog::validate);
    connect(m_to, &QTimeEdit::timeChanged, this, &LockDialog::validate);
    m_reason->setFocus();
    validate();
}

void LockDialog::validate()
{
    QString problem;
    if (m_to->time() <= m_from->time())
        problem = tr("The lock must end after it starts.");
    else if (!hasVisibleCharacter(m_reason->text())) // the writers' own rules (docs/input.md)
        problem = tr("Enter the reason: everyone sees it on the locked slots.");
    else if (const std::optional<QString> control = controlCharacterProblem(m_reason->text(), TextKind::FreeText))
        problem = tr("The reason %1.").arg(*control);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Lock LockDialog::lock() const
{
    Lock lock;
    lock.storeId = m_store.id;
    if (const QVariant chair = m_chair->currentData(); chair.isValid())
        lock.chairId = chair.toLongLong();
    const QTimeZone zone = m_store.timeZone();
    const auto minutes = [](QTime t) { return t.hour() * 60 + t.minute(); };
    lock.startsAt
        = QDateTime::fromSecsSinceEpoch(SlotCalculator::instantSecs(m_day, minutes(m_from->time()), zone), Qt::UTC);
    lock.endsAt
        = QDateTime::fromSecsSinceEpoch(SlotCalculator::instantSecs(m_day, minutes(m_to->time()), zone), Qt::UTC);
    lock.reason = m_reason->text().trimmed();
    return lock;
}

} // namespace sams
