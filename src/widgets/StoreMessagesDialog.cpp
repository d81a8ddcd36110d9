#include "widgets/StoreMessagesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sams {

StoreMessagesDialog::StoreMessagesDialog(const QString &storeName, const StoreNotify &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sender(new QLineEdit(settings.mailFrom))
    , m_smsSender(new QLineEdit(settings.smsFrom))
    , m_reminderHours(new QDoubleSpinBox)
    , m_missed(new QSpinBox)
    , m_language(new QComboBox)
    , m_calendarPhones(new QCheckBox(tr("Show customers' &phone numbers in staff's own calendars")))
    , m_problem(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("storeMessagesDialog"));
    setWindowTitle(tr("Messages of %1").arg(storeName));
    m_sender->setObjectName(QStringLiteral("storeSender"));
    m_sender->setPlaceholderText(tr("The chain's sender"));
    m_smsSender->setObjectName(QStringLiteral("storeSmsSender"));
    m_smsSender->setPlaceholderText(tr("The chain's SMS sender"));
    m_reminderHours->setObjectName(QStringLiteral("reminderHours"));
    m_reminderHours->setRange(0, 14 * 24);
    m_reminderHours->setDecimals(1);
    m_reminderHours->setSingleStep(1);
    m_reminderHours->setSuffix(tr(" h before"));
    m_reminderHours->setValue(settings.reminderMinutes / 60.0);
    m_reminderHours->setToolTip(tr("Whole days keep the wall-clock time, also across a DST change"));
    m_missed->setObjectName(QStringLiteral("missedMinutes"));
    m_missed->setRange(0, 14 * 24 * 60);
    m_missed->setSuffix(tr(" min late at most"));
    m_missed->setValue(settings.missedMinutes);
    m_missed->setToolTip(tr("A reminder that cannot go by then is marked missed rather than arriving late"));
    m_calendarPhones->setObjectName(QStringLiteral("storeCalendarPhones"));
    m_calendarPhones->setChecked(settings.calendarPhones);
    m_calendarPhones->setToolTip(tr("Calendars at Google, Microsoft or Apple are outside the store: "
                                    "leave phone numbers out of them if the store's policy asks"));
    m_language->setObjectName(QStringLiteral("storeLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    if (const int at = m_language->findData(settings.language); at >= 0)
        m_language->setCurrentIndex(at);
    m_problem->setObjectName(QStringLiteral("storeMessagesProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("storeMessagesSave"));

    auto *form = new QFormLayout;
    form->addRow(tr("E-mail &sender:"), m_sender);
    form->addRow(tr("SMS s&ender:"), m_smsSender);
    form->addRow(tr("&Reminder:"), m_reminderHours);
    form->addRow(tr("&Missed after:"), m_missed);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_calendarPhones);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    disconnect(buttons, nullptr, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        Q_EMIT saveRequested();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

StoreNotify StoreMessagesDialog::settings() const
{
    StoreNotify s = m_settings;
    s.mailFrom = m_sender->text().trimmed();
    s.smsFrom = m_smsSender->text().trimmed();
    s.reminderMinutes = qRound(m_reminderHours->value() * 60);
    s.missedMinutes = m_missed->value();
    s.language = m_language->currentData().toString();
    s.calendarPhones = m_calendarPhones->isChecked();
    return s;
}

void StoreMessagesDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace sams
