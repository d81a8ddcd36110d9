#pragma once

#include "core/BookingRules.h"
#include "core/FirstAvailableSearch.h"
#include "core/ScheduleWriter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sams {

// "New appointment": the customer, the service and the place (chair, store-local
// day and start) of one booking. Only starts the booking rules allow are offered
// (core/SlotSearch.h openRuns, then checkBooking for the chosen channel), never
// one in the past (Clock). Times are the store's wall time (StoreSchedule::zone()),
// with the zone named when it is not the computer's. The dialog never reads the
// database: for another day it emits dayWanted() and waits for setSchedule().
// With the override right (Rights::overrideLocks) a checkbox adds the locked
// starts, and a locked start needs a reason (docs/input.md).
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    // `schedule` holds `day` (rules and the day's bookings); `chair` and `start`
    // (UTC seconds) are pre-selected when given and allowed.
    BookingDialog(const StoreSchedule &schedule, QDate day, std::optional<ChairId> chair, std::optional<qint64> start,
                  const Rights &rights, QWidget *parent = nullptr);

    // Where and when: chairId, start (UTC seconds), slotCount, channel, customerZip,
    // mayOverrideLocks (the right), overrideLock and overrideReason (only when the
    // chosen start is locked). chairId and start are 0 while nothing is chosen.
    BookingRequest request() const;
    // Customer name, phone, e-mail, zip, service, notes (trimmed), status Confirmed,
    // and the place of request() (chair, UTC start and end, slot count, channel).
    Appointment details() const;

    // The store-local day chosen.
    QDate day() const;

public Q_SLOTS:
    // The schedule of the day last asked for by dayWanted() (or a fresher one of
    // the current day, e.g. after a refusal). Keeps what was typed and chosen.
    void setSchedule(const sams::StoreSchedule &schedule);
    // Shows why the server refused the booking; the dialog stays open with what
    // was typed so that the scheduler can pick another time.
    void setRefusal(const QString &message);
    // A read for the dialog failed (another day, a search): said in the dialog,
    // without touching a booking being saved.
    void showReadProblem(const QString &message);
    // The answer to firstAvailableWanted(): in this store the place is chosen; in
    // another the dialog names it and offers to book there (bookElsewhere).
    void showFirstAvailable(const std::optional<sams::FirstAvailableAnswer> &answer, int daysSearched);
    // Fills the customer and appointment fields (when carried over from another
    // store's dialog).
    void setDetails(const sams::Appointment &details);

Q_SIGNALS:
    // The user chose another day: hand its schedule to setSchedule().
    void dayWanted(QDate day);
    // Book was pressed with valid input: book request()/details(), then call
    // accept() or setRefusal(). Book stays disabled until one of them. With nothing
    // connected, Book accepts the dialog itself (for exec() callers).
    void bookRequested();
    // First available beyond the day shown (searched by the window); when not
    // connected the dialog searches the day it holds.
    void firstAvailableWanted(const sams::FirstAvailableQuery &query);
    // The scheduler wants the place found in another store: the window opens that
    // store's day and a booking dialog there with details() carried over.
    void bookElsewhere(const sams::Store &store, const sams::SlotOffer &offer);

private:
    void fillLengths();
    void fillChairs();
    void fillStarts();
    void validate();
    void placeChanged();
    void dateChanged(QDate date);
    void findFirstAvailable();
    void book();
    void showNotice(const QString &text, bool refusal);

    bool scheduleReady() const;
    std::optional<ChairId> chosenChair() const;
    std::optional<qint64> chosenStart() const;
    bool chosenStartLocked() const;
    int slotCount() const;
    BookingChannel channel() const;
    QString slotsText(int slots) const;
    QString lengthText(int slots) const;
    QString timeText(qint64 instant) const;

    std::optional<StoreSchedule> m_schedule;
    QDate m_scheduleDay; // the day m_schedule was handed in for
    Rights m_rights;
    std::optional<ChairId> m_wantedChair; // what the user or caller chose, kept across refills
    std::optional<qint64> m_wantedStart;
    QString m_noStartReason; // why the start list is empty, when the rules say why
    bool m_filling = false; // refilling combos programmatically
    bool m_booking = false; // bookRequested() is being answered

    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_zip;
    QLineEdit *m_service;
    QComboBox *m_channel;
    QLineEdit *m_notes;
    QDateEdit *m_date;
    QComboBox *m_chair;
    QComboBox *m_length;
    QComboBox *m_start;
    QLabel *m_zone;
    QPushButton *m_firstAvailable;
    QComboBox *m_firstScope;
    QPushButton *m_elsewhere; // "Book at <store>…", shown with a place in another store
    std::optional<FirstAvailableAnswer> m_elsewhereAnswer;
    QCheckBox *m_override;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_notice;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sams
