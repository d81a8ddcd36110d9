#include "notify/MessageComposer.h"

#include "core/AppointmentMessages.h"
#include "net/Invitation.h"
#include "notify/MessageTemplates.h"

#include <QLocale>
#include <QRegularExpression>

namespace sams {

namespace {
// A placeholder left empty (a store without instructions) leaves no gap of blank lines.
QString tidy(QString text)
{
    static const QRegularExpression blankRun(QStringLiteral("\\n[ \\t]*(\\n[ \\t]*)+\\n"));
    return text.replace(blankRun, QStringLiteral("\n\n")).trimmed();
}

QString senderOf(const MessageSubject &subject, const NotifySettings &settings)
{
    return subject.storeNotify.mailFrom.isEmpty() ? settings.mailFrom : subject.storeNotify.mailFrom;
}
} // namespace

QString appointmentUid(qint64 appointment, const QString &installation)
{
    return QStringLiteral("appointment-%1@%2.sams").arg(appointment).arg(installation);
}

QString outboxMessageId(qint64 row, const QString &installation)
{
    return QStringLiteral("<outbox-%1@%2.sams>").arg(row).arg(installation);
}

QMap<QString, QString> placeholderValues(const MessageSubject &subject, const QString &language)
{
    const QLocale locale(language);
    const Store &store = subject.store;
    QMap<QString, QString> v{{QStringLiteral("store"), store.name},
                             {QStringLiteral("address"), store.address},
                             {QStringLiteral("phone"), store.phone},
                             {QStringLiteral("instructions"), store.instructions},
                             {QStringLiteral("chair"), subject.chairName}};
    if (subject.appointment) {
        const Appointment &a = *subject.appointment;
        const QDateTime local = a.startsAt.toTimeZone(store.timeZone());
        v.insert(QStringLiteral("customer"), a.customerName);
        v.insert(QStringLiteral("service"), a.service);
        v.insert(QStringLiteral("date"), locale.toString(local.date(), QLocale::LongFormat));
        v.insert(QStringLiteral("time"), locale.toString(local.time(), QLocale::ShortFormat));
    }
    if (subject.order) {
        v.insert(QStringLiteral("customer"), subject.order->customerName);
        v.insert(QStringLiteral("order"), QString::number(subject.order->id));
        v.insert(QStringLiteral("service"), subject.order->title);
        if (subject.order->dueDate.isValid())
            v.insert(QStringLiteral("date"), locale.toString(subject.order->dueDate, QLocale::LongFormat));
    }
    return v;
}

ComposedMessage composeMessage(const OutboxEntry &entry, const MessageSubject &subject, const MessageTemplate &wording,
                               const NotifySettings &settings, const QDateTime &stampUtc)
{
    ComposedMessage out;
    const OutboxMessage &m = entry.message;
    if (m.entity != QLatin1String("appointment")) { // worded when it was queued (work orders)
        out.subject = m.subject;
        out.text = m.body;
        out.html = htmlFromText(m.body);
        return out;
    }
    const QMap<QString, QString> values = placeholderValues(subject, wording.language);
    out.subject = renderTemplate(wording.subject, values).simplified();
    out.text = tidy(renderTemplate(wording.textBody, values));
    out.html = wording.htmlBody.isEmpty() ? htmlFromText(out.text) : renderTemplate(wording.htmlBody, values, true);

    const bool confirmation = m.kind == appointmentBookedKind || m.kind == appointmentMovedKind;
    if (subject.appointment && (confirmation || m.kind == appointmentCancelledKind)) {
        const Appointment &a = *subject.appointment;
        InvitationEvent e;
        e.method = confirmation ? QStringLiteral("REQUEST") : QStringLiteral("CANCEL");
        e.uid = appointmentUid(a.id, settings.installation);
        e.sequence = a.version;
        e.startUtc = a.startsAt;
        e.endUtc = a.endsAt;
        e.zoneId = subject.store.timeZoneId;
        e.stampUtc = stampUtc;
        e.summary
            = a.service.isEmpty() ? subject.store.name : QStringLiteral("%1 – %2").arg(a.service, subject.store.name);
        e.location = subject.store.address.isEmpty() ? subject.store.name : subject.store.address;
        e.description = out.text;
        e.organizer = senderOf(subject, settings);
        e.attendee = m.recipient;
        e.attendeeName = a.customerName;
        out.calendar = buildInvitation(e);
        out.calendarMethod = e.method;
    }
    return out;
}

} // namespace sams
