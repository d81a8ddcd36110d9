#pragma once

#include "core/Appointment.h"
#include "core/CalendarSync.h"
#include "core/NotifySettings.h"
#include "core/Outbox.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sams {

// One appointment's details (docs/editing.md, Details): when and where, read-only;
// the customer's name, phone, e-mail and zip, the service and the notes, editable
// when `editable`. Save emits saveRequested; the window writes edited() through
// the undo stack and then calls accept() or setRefusal(). Changes made elsewhere
// while it is open arrive through setCurrent: with nothing typed the fields
// follow them; with edits the dialog says so and offers to reload.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    // `zone`: the store's IANA zone, times are shown in it; `chairName` as shown.
    AppointmentDialog(const Appointment &appointment, const QString &chairName, const QTimeZone &zone, bool editable,
                      QWidget *parent = nullptr);

    // The appointment the fields were filled from (its version is what Save sends).
    const Appointment &shown() const { return m_shown; }
    // shown() with the fields as typed, trimmed where the writer trims.
    Appointment edited() const;
    bool hasEdits() const;

    // The appointment as the database has it now (a reload); `gone`: it was not
    // found any more in the shown range (moved away or deleted).
    void setCurrent(const Appointment &current);
    void setGone();
    // The write was refused: the message shows, the typed fields stay.
    void setRefusal(const QString &message);
    bool changedElsewhere() const;
    // The messages sent or waiting for this appointment, and the customer's own
    // choice of channel, which can be changed here (docs/notifications.md).
    void setMessages(const QList<OutboxEntry> &messages, std::optional<ContactChoice> choice);
    QLabel *messagesLabel() const { return m_messages; }
    // Where the appointment stands in each calendar that follows it (docs/calendar-sync.md).
    void setCalendars(const QList<SyncEntry> &rows);
    QLabel *calendarsLabel() const { return m_calendars; }
    QComboBox *choiceBox() const { return m_choice; }

Q_SIGNALS:
    void saveRequested();
    // The customer (by the appointment's address, else phone) wants messages by
    // `choice`; nullopt: as booked.
    void contactChoiceRequested(const QString &contact, std::optional<sams::ContactChoice> choice);

private:
    void fill(const Appointment &appointment);
    void validate();
    void reloadFromLatest();
    void makeReadOnly(); // a cancelled appointment: nothing to save onto
    void save();

    Appointment m_shown;
    Appointment m_latest; // the newest seen, when it differs from m_shown
    QString m_chairName;
    QTimeZone m_zone;
    bool m_editable;
    bool m_saving = false;
    QLabel *m_when;
    QLabel *m_banner;
    QPushButton *m_reload;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_zip;
    QLineEdit *m_service;
    QLineEdit *m_notes;
    QLineEdit *m_internalNotes;
    QLabel *m_problem;
    QLabel *m_messages;
    QLabel *m_calendars;
    QComboBox *m_choice;
    QWidget *m_choiceRow;
    QDialogButtonBox *m_buttons;
};

} // namespace sams
