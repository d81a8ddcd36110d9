#pragma once

#include "editing/EditCommand.h"

namespace sams {

// Where an appointment sits: its chair, start (UTC seconds) and length in slots.
struct Placement {
    ChairId chairId = 0;
    qint64 start = 0;
    int slotCount = 1;
    friend bool operator==(const Placement &, const Placement &) = default;
};

// Books an appointment; undo cancels it ("Booking undone"), redo reinstates the
// same appointment if its slots are still free.
class BookCommand : public EditCommand
{
public:
    BookCommand(const Store &store, const BookingRequest &request, const Appointment &details);
    WriteJob forward() const override;
    WriteJob backward() const override;
    void applied(bool forward, const Written &written) override;
    StoreId storeId() const override { return m_store.id; }
    AppointmentId appointmentId() const override { return m_id; }

private:
    Store m_store;
    BookingRequest m_request;
    Appointment m_details;
    AppointmentId m_id = 0;
};

// Moves and/or resizes an appointment; undo puts it back where it was.
class RescheduleCommand : public EditCommand
{
public:
    RescheduleCommand(const Store &store, const Appointment &appointment, const Placement &to,
                      const QString &chairName);
    WriteJob forward() const override;
    WriteJob backward() const override;
    void applied(bool forward, const Written &written) override;
    StoreId storeId() const override { return m_store.id; }
    AppointmentId appointmentId() const override { return m_id; }

private:
    WriteJob placeAt(const Placement &placement) const;

    Store m_store;
    AppointmentId m_id;
    Placement m_from;
    Placement m_to;
};

// Changes the status (check in, complete, no-show) or cancels (with a reason);
// undo changes it back, reinstating a cancelled appointment if its slots are free.
class StatusCommand : public EditCommand
{
public:
    StatusCommand(const Store &store, const Appointment &appointment, AppointmentStatus to, const QString &reason = {});
    WriteJob forward() const override;
    WriteJob backward() const override;
    void applied(bool forward, const Written &written) override;
    StoreId storeId() const override { return m_store.id; }
    AppointmentId appointmentId() const override { return m_id; }

private:
    Store m_store;
    AppointmentId m_id;
    AppointmentStatus m_from;
    AppointmentStatus m_to;
    QString m_reason;
};

// Changes the customer's details, service and notes; undo puts the earlier ones back.
class DetailsCommand : public EditCommand
{
public:
    DetailsCommand(StoreId store, const Appointment &before, const Appointment &after);
    WriteJob forward() const override;
    WriteJob backward() const override;
    void applied(bool forward, const Written &written) override;
    StoreId storeId() const override { return m_storeId; }
    AppointmentId appointmentId() const override { return m_before.id; }

private:
    static WriteJob write(AppointmentId id, const Appointment &details, int version);
    StoreId m_storeId = 0;
    Appointment m_before;
    Appointment m_after;
};

// Adds a lock (undo removes it) or removes one (undo adds it again, as a new lock).
class LockCommand : public EditCommand
{
public:
    enum class Verb { Add, Remove };
    LockCommand(const Store &store, const Lock &lock, Verb verb, const QString &reason = {});
    WriteJob forward() const override;
    WriteJob backward() const override;
    void applied(bool forward, const Written &written) override;
    StoreId storeId() const override { return m_store.id; }

private:
    WriteJob add() const;
    WriteJob remove(const QString &reason) const;

    Store m_store;
    Lock m_lock; // its id is the lock's current one (0 before it is first added)
    Verb m_verb;
    QString m_reason;
};

} // namespace sams
