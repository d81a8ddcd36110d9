#pragma once

#include "core/ScheduleRepository.h"
#include "core/StoreSchedule.h"

#include <memory>

namespace sams {

// A piece of something placed on a day column in store-local minutes: what a
// week grid draws.
struct DayBlock {
    int chairIndex = -1; // into WeekSchedule::chairs; -1: every chair
    int day = 0; // 0 = first day of the week
    int startMinute = 0; // store-local minutes after midnight
    int endMinute = 0;
};

struct AppointmentBlock {
    DayBlock place;
    Appointment appointment;
    bool displaced = false; // active, but its slots are no longer open for it
};

struct LockBlock {
    DayBlock place;
    QString reason;
    Lock lock; // the whole lock, which may reach beyond this day
};

// A run of one store's days (a week, Monday to Sunday, or a single day;
// store-local), ready to draw: the chairs in service then, their open hours per
// day, locks and appointments, and the engine's view of them for checking an
// edit before it is sent (the writer checks again in its transaction).
struct WeekSchedule {
    static constexpr int dayCount = 7; // days of a week

    Store store;
    QDate firstDay;
    int days = dayCount; // 7 for a week, 1 for a day
    std::shared_ptr<const StoreSchedule> schedule; // rules and bookings of these days
    QList<Chair> chairs;
    QList<DayIntervals> openHours; // index: chairIndex * dayCount + day
    QList<LockBlock> locks;
    QList<AppointmentBlock> appointments;
    int firstMinute = 8 * 60; // the span of the day worth showing
    int lastMinute = 18 * 60;

    const DayIntervals &openHoursOf(int chairIndex, int day) const { return openHours.at(chairIndex * days + day); }
    QDate dayDate(int day) const { return firstDay.addDays(day); }
    QDate lastDay() const { return firstDay.addDays(days - 1); }
    // The appointment's first piece, or nullptr.
    const AppointmentBlock *block(AppointmentId id) const;

    static QDate mondayOf(QDate date) { return date.addDays(1 - date.dayOfWeek()); }
    // Everything of the week containing `day`, from the repository (one read).
    static Result<WeekSchedule> load(ScheduleRepository &repository, const Store &store, QDate day);
    // Everything of `days` days from `firstDay` (1: the day view).
    static Result<WeekSchedule> load(ScheduleRepository &repository, const Store &store, QDate firstDay, int days);
};

} // namespace sams
