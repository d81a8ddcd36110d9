#include "core/DemoChainGenerator.h"

#include "core/HoursResolver.h"
#include "core/SlotCalculator.h"

#include <array>

namespace sams {

namespace {
constexpr int daysBack = 7;
constexpr int daysAhead = 14;

constexpr std::array firstNames{"Olivia", "Liam",  "Emma",   "Noah",  "Ava",    "Elijah", "Sophia", "James",
                                "Mia",    "Lucas", "Amelia", "Mateo", "Harper", "Ethan",  "Evelyn", "Aiden",
                                "Luna",   "Jamal", "Priya",  "Wei",   "Sofia",  "Diego",  "Hana",   "Omar"};
constexpr std::array lastNames{"Smith",  "Johnson", "Garcia", "Nguyen",   "Patel",  "Kim",   "Rodriguez", "Brown",
                               "Lee",    "Walker",  "Lopez",  "Martinez", "Davis",  "Clark", "Hernandez", "Young",
                               "Okafor", "Cohen",   "Rossi",  "Tanaka",   "Müller", "Silva", "Khan",      "Wright"};

struct Service {
    const char *name;
    int slots;
    bool needsPreparation;
};
constexpr std::array services{
    Service{"Haircut", 1, false},    Service{"Haircut & style", 2, false},  Service{"Color", 3, true},
    Service{"Beard trim", 1, false}, Service{"Consultation", 1, false},     Service{"Highlights", 3, true},
    Service{"Blow-dry", 1, false},   Service{"Keratin treatment", 3, true},
};

bool needsPreparation(const QString &service)
{
    return std::any_of(services.cbegin(), services.cend(),
                       [&](const Service &s) { return s.needsPreparation && service == QString::fromUtf8(s.name); });
}

DayIntervals hours(std::initializer_list<std::pair<const char *, const char *>> spans)
{
    DayIntervals result;
    for (const auto &[open, close] : spans)
        result.append(
            {*parseMinuteOfDay(QString::fromLatin1(open), false), *parseMinuteOfDay(QString::fromLatin1(close), true)});
    return result;
}
} // namespace

struct DemoChainGenerator::StoreSpec {
    const char *code;
    const char *name;
    const char *address;
    const char *zone;
    const char *phone;
    int chairs;
    DayIntervals weekdays;
    DayIntervals saturday;
    DayIntervals sunday;
    QStringList zips;
    int opensInDays; // <= 0: already open that many days
};

DemoChainGenerator::DemoChainGenerator(const QDateTime &now, quint32 seed)
    : m_now(now.toUTC())
    , m_random(seed)
{ }

ChainData DemoChainGenerator::generate()
{
    const DayIntervals lunchDay = hours({{"09:00", "12:30"}, {"13:30", "18:00"}});
    const DayIntervals longDay = hours({{"08:00", "12:00"}, {"12:30", "20:00"}});
    const DayIntervals saturday = hours({{"10:00", "16:00"}});
    const QList<StoreSpec> specs{
        {"NYC-MID",
         "Midtown Manhattan",
         "350 5th Ave, New York, NY 10118",
         "America/New_York",
         "(212) 555-0142",
         6,
         longDay,
         saturday,
         hours({{"11:00", "17:00"}}),
         {QStringLiteral("10001"), QStringLiteral("10018")},
         -400},
        {"CHI-LOOP",
         "Chicago Loop",
         "233 S Wacker Dr, Chicago, IL 60606",
         "America/Chicago",
         "(312) 555-0190",
         5,
         lunchDay,
         saturday,
         {},
         {QStringLiteral("60606"), QStringLiteral("60604"), QStringLiteral("60661")},
         -700},
        {"PHX-CAM",
         "Phoenix Camelback",
         "2502 E Camelback Rd, Phoenix, AZ 85016",
         "America/Phoenix",
         "(602) 555-0117",
         4,
         hours({{"07:00", "11:30"}, {"12:30", "16:00"}}),
         hours({{"07:00", "12:00"}}),
         {},
         {QStringLiteral("85016"), QStringLiteral("85018")},
         -250},
        {"DEN-LODO",
         "Denver LoDo",
         "1701 Wynkoop St, Denver, CO 80202",
         "America/Denver",
         "(303) 555-0163",
         3,
         lunchDay,
         saturday,
         {},
         {QStringLiteral("80202")},
         -90},
        {"SEA-CAP",
         "Seattle Capitol Hill",
         "1525 11th Ave, Seattle, WA 98122",
         "America/Los_Angeles",
         "(206) 555-0188",
         4,
         hours({{"10:00", "13:00"}, {"14:00", "19:00"}}),
         saturday,
         hours({{"12:00", "17:00"}}),
         {QStringLiteral("98122"), QStringLiteral("98102")},
         -500},
        {"BKN-WBG",
         "Brooklyn Williamsburg",
         "94 N 6th St, Brooklyn, NY 11249",
         "America/New_York",
         "(718) 555-0131",
         3,
         lunchDay,
         saturday,
         {},
         {QStringLiteral("11249"), QStringLiteral("11211"), QStringLiteral("11206")},
         14},
    };
    for (const StoreSpec &spec : specs)
        addStore(spec);

    for (const Store &store : std::as_const(m_chain.stores)) {
        HoursResolver resolver(store, m_chain.hoursVersions, m_chain.exceptions);
        for (const Chair &chair : std::as_const(m_chain.chairs)) {
            if (chair.storeId == store.id)
                addAppointmentsFor(store, chair, resolver);
        }
    }
    for (Chair &chair : m_chain.chairs) {
        if (chair.id == m_retiringChair)
            chair.endsOn = m_retiringOn;
    }
    // Online customers book from a zip code their store serves.
    QHash<ChairId, QString> zipOfChair;
    for (const Chair &chair : std::as_const(m_chain.chairs)) {
        for (const ZipCode &zip : std::as_const(m_chain.zipCodes)) {
            if (zip.storeId == chair.storeId && zip.activeFrom.isValid() && !zipOfChair.contains(chair.id))
                zipOfChair.insert(chair.id, zip.code);
        }
    }
    for (Appointment &a : m_chain.appointments)
        a.customerZip = a.channel == BookingChannel::Web ? zipOfChair.value(a.chairId) : QString();
    addWorkOrders();
    return m_chain;
}

void DemoChainGenerator::addStore(const StoreSpec &spec)
{
    Store store;
    store.id = m_nextId++;
    store.code = QString::fromLatin1(spec.code);
    store.name = QString::fromLatin1(spec.name);
    store.address = QString::fromLatin1(spec.address);
    store.timeZoneId = spec.zone;
    store.phone = QString::fromLatin1(spec.phone);
    store.instructions = QStringLiteral("Please arrive five minutes early. Street parking only.");
    const QDate today = m_now.toTimeZone(store.timeZone()).date();
    store.opensOn = today.addDays(spec.opensInDays);
    store.visibleFrom = store.opensOn.addDays(-14);
    m_chain.stores.append(store);

    for (int n = 1; n <= spec.chairs; ++n) {
        Chair chair;
        chair.id = m_nextId++;
        chair.storeId = store.id;
        chair.name = QStringLiteral("Chair %1").arg(n);
        chair.startsOn = store.opensOn;
        m_chain.chairs.append(chair);
    }

    HoursVersion base;
    base.id = m_nextId++;
    base.storeId = store.id;
    base.effectiveFrom = store.opensOn;
    base.setDays(1, 5, spec.weekdays);
    base.setDays(6, 6, spec.saturday);
    base.setDays(7, 7, spec.sunday);
    m_chain.hoursVersions.append(base);

    for (int i = 0; i < spec.zips.size(); ++i) {
        // A new store tries one zip code live first; the others wait.
        const bool active = spec.opensInDays <= 0 || i == 0;
        m_chain.zipCodes.append({store.id, spec.zips.at(i), active ? store.opensOn : QDate()});
    }

    auto lockLocal = [&](std::optional<ChairId> chair, QDate day, int from, QDate toDay, int to, const char *reason) {
        Lock lock;
        lock.id = m_nextId++;
        lock.storeId = store.id;
        lock.chairId = chair;
        lock.startsAt = SlotCalculator::instantOf(day, from, store.timeZone());
        lock.endsAt = SlotCalculator::instantOf(toDay, to, store.timeZone());
        lock.reason = QString::fromLatin1(reason);
        lock.createdBy = QStringLiteral("demo");
        m_chain.locks.append(lock);
    };
    const QList<Chair> chairs = m_chain.chairs.mid(m_chain.chairs.size() - spec.chairs);
    const QString code = store.code;
    if (code == QLatin1String("NYC-MID")) {
        // Chair 6 works a late shift of its own.
        HoursVersion late = base;
        late.id = m_nextId++;
        late.chairId = chairs.at(5).id;
        late.effectiveFrom = today.addDays(-30);
        late.setDays(1, 5, hours({{"12:00", "20:00"}}));
        m_chain.hoursVersions.append(late);
        lockLocal(chairs.at(1).id, today.addDays(2), 9 * 60, today.addDays(2), 12 * 60, "Colour training");
    } else if (code == QLatin1String("CHI-LOOP")) {
        // A fifth chair opens on the first of next month.
        Chair &fifth = m_chain.chairs.last();
        fifth.startsOn = QDate(today.year(), today.month(), 1).addMonths(1);
        lockLocal(std::nullopt, today.addDays(5), 9 * 60, today.addDays(5), 10 * 60, "Staff meeting");
    } else if (code == QLatin1String("PHX-CAM")) {
        lockLocal(chairs.at(3).id, today.addDays(-1), 7 * 60, today.addDays(3), 16 * 60, "Broken hydraulic pump");
        DateException inventory{m_nextId++,
                                store.id,
                                std::nullopt,
                                today.addDays(10),
                                hours({{"12:00", "16:00"}}),
                                QStringLiteral("Inventory morning"),
                                1};
        m_chain.exceptions.append(inventory);
    } else if (code == QLatin1String("DEN-LODO")) {
        // Chair 3 is being retired at the end of next week; it was booked further
        // ahead before the end date was set, so those bookings are displaced.
        m_retiringChair = m_chain.chairs.last().id;
        m_retiringOn = today.addDays(7);
    } else if (code == QLatin1String("SEA-CAP")) {
        // Longer Saturdays from the week after next.
        HoursVersion extended = base;
        extended.id = m_nextId++;
        extended.effectiveFrom = today.addDays(14 - today.dayOfWeek() + 1);
        extended.setDays(6, 6, hours({{"09:00", "18:00"}}));
        m_chain.hoursVersions.append(extended);
    } else if (code == QLatin1String("BKN-WBG")) {
        // Staff schedule ahead, but the first week stays empty.
        lockLocal(std::nullopt, store.opensOn, 0, store.opensOn.addDays(7), 0, "Soft opening: first week kept free");
    }
    // Every store that is open then closes on Christmas Day.
    const QDate christmas(today.month() == 12 && today.day() > 25 ? today.year() + 1 : today.year(), 12, 25);
    m_chain.exceptions.append({m_nextId++, store.id, std::nullopt, christmas, {}, QStringLiteral("Christmas Day"), 1});
}

void DemoChainGenerator::addAppointmentsFor(const Store &store, const Chair &chair, HoursResolver &hours)
{
    const QTimeZone zone = store.timeZone();
    const QDate today = m_now.toTimeZone(zone).date();
    QList<Lock> locks;
    for (const Lock &lock : std::as_const(m_chain.locks)) {
        if (lock.storeId == store.id && (!lock.chairId || *lock.chairId == chair.id))
            locks.append(lock);
    }
    auto isLocked = [&](const SlotSpan &slot) {
        return std::any_of(locks.cbegin(), locks.cend(),
                           [&](const Lock &l) { return l.startsAt < slot.endUtc() && slot.startUtc() < l.endsAt; });
    };

    for (int offset = -daysBack; offset <= daysAhead; ++offset) {
        const QDate day = today.addDays(offset);
        const QList<SlotSpan> slots
            = SlotCalculator::slotsOn(day, hours.openIntervals(chair, day), zone, store.slotMinutes);
        // Busier near today, thinner further out, as bookings really are.
        const double occupancy = offset <= 1 ? 0.4 : 0.4 - 0.02 * offset;
        for (qsizetype i = 0; i < slots.size();) {
            if (isLocked(slots.at(i)) || m_random.generateDouble() > occupancy / 2.0) {
                ++i;
                continue;
            }
            const Service &service = services.at(m_random.bounded(int(services.size())));
            qsizetype length = 1;
            // Only consecutive, unlocked slots of one interval make one appointment.
            while (length < service.slots && i + length < slots.size()
                   && slots.at(i + length).start == slots.at(i + length - 1).end && !isLocked(slots.at(i + length)))
                ++length;
            if (length < service.slots) {
                ++i;
                continue;
            }
            m_chain.appointments.append(makeAppointment(chair, slots.at(i).startUtc(),
                                                        slots.at(i + length - 1).endUtc(), int(length),
                                                        QString::fromUtf8(service.name), day, today));
            i += length;
        }
    }
}

Appointment DemoChainGenerator::makeAppointment(const Chair &chair, const QDateTime &start, const QDateTime &end,
                                                int slotCount, const QString &service, QDate day, QDate today)
{
    Appointment a;
    a.id = m_nextId++;
    a.chairId = chair.id;
    a.startsAt = start;
    a.endsAt = end;
    a.slotCount = slotCount;
    const char *first = firstNames.at(m_random.bounded(int(firstNames.size())));
    const char *last = lastNames.at(m_random.bounded(int(lastNames.size())));
    a.customerName = QString::fromUtf8(first) + QLatin1Char(' ') + QString::fromUtf8(last);
    a.customerPhone = QStringLiteral("(555) 01%1-%2")
                          .arg(m_random.bounded(10))
                          .arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
    a.customerEmail = QString::fromUtf8(first).toLower() + QLatin1Char('.') + QString::fromUtf8(last).toLower()
        + QStringLiteral("@example.com");
    a.service = service;
    const int roll = m_random.bounded(100);
    a.channel = roll < 40 ? BookingChannel::Web : roll < 75 ? BookingChannel::Phone : BookingChannel::Staff;
    if (end <= m_now) {
        a.status = roll % 13 == 0 ? AppointmentStatus::NoShow
            : roll % 11 == 0      ? AppointmentStatus::Cancelled
                                  : AppointmentStatus::Completed;
    } else if (start <= m_now) {
        a.status = AppointmentStatus::CheckedIn;
    } else {
        a.status = roll % 10 == 0                    ? AppointmentStatus::Cancelled
            : (day <= today.addDays(2) || roll < 60) ? AppointmentStatus::Confirmed
                                                     : AppointmentStatus::Pending;
    }
    if (roll % 7 == 0)
        a.notes = QStringLiteral("Prefers a quiet chair.");
    if (roll % 9 == 0)
        a.internalNotes = QStringLiteral("Sensitive scalp: patch test done.");
    return a;
}

void DemoChainGenerator::addWorkOrders()
{
    QHash<ChairId, StoreId> storeOfChair;
    for (const Chair &c : std::as_const(m_chain.chairs))
        storeOfChair.insert(c.id, c.storeId);
    QHash<StoreId, const Store *> stores;
    for (const Store &s : std::as_const(m_chain.stores))
        stores.insert(s.id, &s);

    for (const Appointment &a : std::as_const(m_chain.appointments)) {
        if (!a.isActive() || !needsPreparation(a.service))
            continue;
        const Store *store = stores.value(storeOfChair.value(a.chairId));
        const QDateTime local = a.startsAt.toTimeZone(store->timeZone());
        const QDate today = m_now.toTimeZone(store->timeZone()).date();
        if (local.date() < today || local.date() > today.addDays(1))
            continue;
        WorkOrder w;
        w.id = m_nextId++;
        w.storeId = store->id;
        w.appointmentId = a.id;
        w.title = QStringLiteral("Prepare %1").arg(a.service.toLower());
        w.customerName = a.customerName;
        w.customerPhone = a.customerPhone;
        w.details = QStringLiteral("Mix and check products; set out towels and capes.");
        w.dueDate = local.date();
        w.dueSlot = DueSlot::Exact;
        w.dueMinute = std::max(0, local.time().hour() * 60 + local.time().minute() - 30);
        w.originalDate = w.dueDate;
        w.status = a.endsAt <= m_now ? WorkOrderStatus::Completed : WorkOrderStatus::Pending;
        m_chain.workOrders.append(w);
    }

    for (const Store &store : std::as_const(m_chain.stores)) {
        const QDate today = m_now.toTimeZone(store.timeZone()).date();
        if (!store.isOpenOn(today))
            continue;
        WorkOrder restock{m_nextId++,
                          store.id,
                          std::nullopt,
                          QStringLiteral("Restock colour tubes and developer"),
                          QStringLiteral("Check the back shelf against the weekly order."),
                          WorkOrderStatus::InProgress,
                          today,
                          DueSlot::Morning,
                          -1,
                          today,
                          0,
                          1,
                          {},
                          {},
                          {}};
        WorkOrder sanitise{m_nextId++,
                           store.id,
                           std::nullopt,
                           QStringLiteral("Sanitise clippers and combs"),
                           QString(),
                           WorkOrderStatus::Pending,
                           today,
                           DueSlot::Evening,
                           -1,
                           today,
                           0,
                           1,
                           {},
                           {},
                           {}};
        WorkOrder walkIn{m_nextId++,
                         store.id,
                         std::nullopt,
                         QStringLiteral("Replace the waiting-area light bulb"),
                         QString(),
                         WorkOrderStatus::Pending,
                         QDate(),
                         DueSlot::None,
                         -1,
                         QDate(),
                         0,
                         1,
                         {},
                         {},
                         {}};
        m_chain.workOrders.append({restock, sanitise, walkIn});
    }
}

} // namespace sams
