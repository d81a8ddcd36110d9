#include "widgets/AppointmentDialog.h"

#include "core/TextRules.h"
#include "core/TimeText.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sams {

AppointmentDialog::AppointmentDialog(const Appointment &appointment, const QString &chairName, const QTimeZone &zone,
                                     bool editable, QWidget *parent)
    : QDialog(parent)
    , m_shown(appointment)
    , m_chairName(chairName)
    , m_zone(zone)
    , m_editable(editable && appointment.isActive())
    , m_when(new QLabel)
    , m_banner(new QLabel)
    , m_reload(new QPushButton(tr("&Reload")))
    , m_name(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_zip(new QLineEdit)
    , m_service(new QLineEdit)
    , m_notes(new QLineEdit)
    , m_internalNotes(new QLineEdit)
    , m_problem(new QLabel)
    , m_messages(new QLabel)
    , m_calendars(new QLabel)
    , m_choice(new QComboBox)
    , m_choiceRow(new QWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    m_banner->setObjectName(QStringLiteral("changedBanner"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_zip->setObjectName(QStringLiteral("zipEdit"));
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_internalNotes->setObjectName(QStringLiteral("internalNotesEdit"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_messages->setObjectName(QStringLiteral("messagesLabel"));
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setWordWrap(true);
    m_messages->hide();
    m_calendars->setObjectName(QStringLiteral("calendarsLabel"));
    m_calendars->setTextFormat(Qt::RichText);
    m_calendars->setWordWrap(true);
    m_calendars->hide();
    m_choice->setObjectName(QStringLiteral("contactChoice"));
    m_choice->addItem(tr("As booked (e-mail, else SMS)"));
    m_choice->addItem(tr("E-mail only"), int(ContactChoice::Email));
    m_choice->addItem(tr("SMS only"), int(ContactChoice::Sms));
    m_choice->addItem(tr("No messages"), int(ContactChoice::None));
    auto *choiceLayout = new QHBoxLayout(m_choiceRow);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    auto *choiceLabel = new QLabel(tr("The customer &wants:"));
    choiceLabel->setBuddy(m_choice);
    choiceLayout->addWidget(choiceLabel);
    choiceLayout->addWidget(m_choice, 1);
    m_choiceRow->hide();
    // Saved at once, apart from the appointment's fields: it is the customer's, not this booking's.
    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        const QString contact = m_shown.customerEmail.isEmpty() ? m_shown.customerPhone : m_shown.customerEmail;
        const QVariant wanted = m_choice->itemData(index);
        Q_EMIT contactChoiceRequested(contact,
                                      wanted.isValid() ? std::optional(ContactChoice(wanted.toInt())) : std::nullopt);
    });
    m_buttons->setObjectName(QStringLiteral("buttons"));

    m_when->setTextFormat(Qt::PlainText);
    m_when->setWordWrap(true);
    // A change made elsewhere reads like a warning, with the way out beside it.
    auto *bannerRow = new QWidget;
    bannerRow->setObjectName(QStringLiteral("changedRow"));
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_reload);
    bannerRow->setAutoFillBackground(true);
    QPalette warn = bannerRow->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warn.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));
    bannerRow->setPalette(warn);
    m_banner->setWordWrap(true);
    bannerRow->hide();
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(red);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Zip code:"), m_zip);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("&Internal notes:"), m_internalNotes);
    m_internalNotes->setToolTip(tr("Staff only: never shown to the customer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_when);
    layout->addWidget(bannerRow);
    layout->addLayout(form);
    layout->addWidget(m_messages);
    layout->addWidget(m_calendars);
    layout->addWidget(m_choiceRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_phone, m_email, m_zip, m_service, m_notes, m_internalNotes}) {
        edit->setReadOnly(!m_editable);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
        connect(edit, &QLineEdit::textEdited, this, &AppointmentDialog::validate);
    }
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setVisible(m_editable);
    saveButton->setDefault(m_editable);
    if (!editable)
        setToolTip(tr("Your role may not change appointments."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QAbstractButton::clicked, this, &AppointmentDialog::reloadFromLatest);
    fill(appointment);
}

void AppointmentDialog::fill(const Appointment &a)
{
    m_shown = a;
    m_latest = a;
    setWindowTitle(tr("Appointment: %1").arg(a.customerName));
    const QLocale locale;
    const QDateTime start = a.startsAt.toTimeZone(m_zone);
    const QDateTime end = a.endsAt.toTimeZone(m_zone);
    m_when->setText(tr("%1, %2–%3 (%4) · %5 · %6\nAppointment %7")
                        .arg(locale.toString(start.date(), QLocale::LongFormat), shortTime(locale, start.time()),
                             shortTime(locale, end.time()), QString::fromUtf8(m_zone.id()), m_chairName,
                             statusLabel(a.status))
                        .arg(a.id));
    m_name->setText(a.customerName);
    m_phone->setText(a.customerPhone);
    m_email->setText(a.customerEmail);
    m_zip->setText(a.customerZip);
    m_service->setText(a.service);
    m_notes->setText(a.notes);
    m_internalNotes->setText(a.internalNotes);
    m_banner->parentWidget()->hide();
    validate();
}

Appointment AppointmentDialog::edited() const
{
    Appointment a = m_shown;
    a.customerName = m_name->text().trimmed();
    a.customerPhone = m_phone->text().trimmed();
    a.customerEmail = m_email->text().trimmed();
    a.customerZip = m_zip->text().trimmed();
    a.service = m_service->text().trimmed();
    a.notes = m_notes->text();
    a.internalNotes = m_internalNotes->text();
    return a;
}

bool AppointmentDialog::hasEdits() const
{
    const Appointment e = edited();
    return e.customerName != m_shown.customerName || e.customerPhone != m_shown.customerPhone
        || e.customerEmail != m_shown.customerEmail || e.customerZip != m_shown.customerZip
        || e.service != m_shown.service || e.notes != m_shown.notes || e.internalNotes != m_shown.internalNotes;
}

bool AppointmentDialog::changedElsewhere() const
{
    return m_banner->parentWidget()->isVisibleTo(this);
}

void AppointmentDialog::setCurrent(const Appointment &current)
{
    if (current.version == m_shown.version || m_saving)
        return; // nothing new, or our own save arriving (accept() follows)
    if (!hasEdits()) {
        // Nothing typed would be lost: follow the change, and say it happened.
        fill(current);
        if (!current.isActive())
            makeReadOnly();
        m_banner->setText(tr("Updated with a change made elsewhere."));
        m_reload->hide();
        m_banner->parentWidget()->show();
        validate();
        return;
    }
    m_latest = current;
    m_banner->setText(current.isActive()
                          ? tr("Someone else changed this appointment while you were editing it. Reload to see "
                               "their change; your edits will be lost.")
                          : tr("Someone else cancelled this appointment while you were editing it."));
    m_reload->setVisible(true);
    m_banner->parentWidget()->show();
    validate();
}

void AppointmentDialog::setGone()
{
    m_banner->setText(
        tr("This appointment was cancelled or moved to another week elsewhere; close and find it again."));
    m_reload->hide();
    m_banner->parentWidget()->show();
    m_latest.version = -1; // nothing to save onto
    validate();
}

void AppointmentDialog::reloadFromLatest()
{
    const bool active = m_latest.isActive();
    fill(m_latest);
    if (!active)
        makeReadOnly();
    validate();
}

void AppointmentDialog::makeReadOnly()
{
    m_editable = false;
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_zip, m_service, m_notes, m_internalNotes})
        edit->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Save)->hide();
}

void AppointmentDialog::setRefusal(const QString &message)
{
    m_saving = false;
    m_problem->setText(message);
    m_problem->show();
    validate();
}

void AppointmentDialog::validate()
{
    QString problem;
    if (m_editable && hasEdits()) {
        if (const auto ok = checkNameText(m_name->text(), tr("The customer name")); !ok)
            problem = ok.error().message;
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
    } else if (!m_saving && m_problem->text().isEmpty()) {
        m_problem->hide();
    }
    // Saving onto a version someone else replaced would only be refused as stale.
    const bool stale = m_latest.version != m_shown.version;
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_editable && !m_saving && !stale && hasEdits() && problem.isEmpty());
}

void AppointmentDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    m_saving = true;
    m_problem->clear();
    m_problem->hide();
    validate();
    Q_EMIT saveRequested();
}

void AppointmentDialog::setMessages(const QList<OutboxEntry> &messages, std::optional<ContactChoice> choice)
{
    // A customer the booking cannot reach has nothing to choose.
    m_choiceRow->setVisible(!m_shown.customerEmail.isEmpty() || !m_shown.customerPhone.isEmpty());
    m_choice->setCurrentIndex(choice ? m_choice->findData(int(*choice)) : 0);
    QStringList lines;
    for (const OutboxEntry &e : messages) {
        const QString when = e.sentAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(e.sentAt).toTimeZone(m_zone),
                                                           QStringLiteral("ddd d MMM HH:mm"))
                                      : QString();
        QString line = tr("%1 to %2: <b>%3</b>")
                           .arg(outboxKindLabel(e.message.kind).toHtmlEscaped(), e.message.recipient.toHtmlEscaped(),
                                outboxStateLabel(e.state).toHtmlEscaped());
        if (!when.isEmpty())
            line += QStringLiteral(" · ") + when.toHtmlEscaped();
        if (needsAttention(e.state) && !e.lastError.isEmpty())
            line += QStringLiteral(" · <span style=\"color:#b3261e\">%1</span>").arg(e.lastError.toHtmlEscaped());
        lines.append(line);
    }
    m_messages->setText(tr("<b>Messages</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_messages->setVisible(!lines.isEmpty());
}

void AppointmentDialog::setCalendars(const QList<SyncEntry> &rows)
{
    QStringList lines;
    for (const SyncEntry &e : rows) {
        QString line = tr("%1: <b>%2</b>").arg(e.accountLabel.toHtmlEscaped(), syncStateLabel(e.state).toHtmlEscaped());
        if (e.state == SyncState::Retrying)
            line += QStringLiteral(" · ")
                + tr("attempt %1, next at %2")
                      .arg(e.attempts)
                      .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(e.nextAttemptAt).toTimeZone(m_zone),
                                              QStringLiteral("HH:mm")));
        if (e.state != SyncState::Synced && !e.lastError.isEmpty())
            line += QStringLiteral(" · <span style=\"color:#b3261e\">%1</span>").arg(e.lastError.toHtmlEscaped());
        lines.append(line);
    }
    m_calendars->setText(tr("<b>Calendars</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_calendars->setVisible(!lines.isEmpty());
}

} // namespace sams
