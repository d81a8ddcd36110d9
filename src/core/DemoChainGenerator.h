#pragma once

#include "core/ChainData.h"

#include <QRandomGenerator>

namespace sams {

// A chain that looks like the real one: stores in several US zones, lunch breaks,
// a chair starting next month and one ending next week (with a few bookings after
// its end, displaced), a store opening in two weeks, locks, a few hundred
// appointments around `now`, and work orders.
// Deterministic for a given `now` and seed, so tests can rely on its shape.
class DemoChainGenerator
{
public:
    explicit DemoChainGenerator(const QDateTime &now, quint32 seed = 1129);

    ChainData generate();

private:
    struct StoreSpec;
    void addStore(const StoreSpec &spec);
    void addAppointmentsFor(const Store &store, const Chair &chair, class HoursResolver &hours);
    void addWorkOrders();
    Appointment makeAppointment(const Chair &chair, const QDateTime &start, const QDateTime &end, int slotCount,
                                const QString &service, QDate day, QDate today);

    QDateTime m_now;
    QRandomGenerator m_random;
    ChainData m_chain;
    qint64 m_nextId = 1;
    ChairId m_retiringChair = 0;
    QDate m_retiringOn;
};

} // namespace sams
