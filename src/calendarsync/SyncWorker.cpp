#include "calendarsync/SyncWorker.h"

#include "calendarsync/CalDavClient.h"
#include "core/ClaimLoop.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SyncWorker)
};

using Kind = RemoteResult::Kind;

qint64 nowSeconds()
{
    return Clock::nowUtc().toSecsSinceEpoch();
}
} // namespace

struct SyncWorker::Pass {
    QHash<qint64, std::shared_ptr<CalendarClient>> clients;
    QList<qint64> live; // accounts still pushed this pass
    // Accounts stopped this pass (a refused login, a server down): their other
    // rows end the same way without a request.
    QHash<qint64, RemoteResult> down;
    SyncTally tally;
};

SyncWorker::SyncWorker(CalendarSyncQueue &queue, CredentialSource credentials, ClientFactory clients, Options options)
    : m_queue(queue)
    , m_credentials(std::move(credentials))
    , m_clients(std::move(clients))
    , m_options(options)
{ }

Result<SyncTally> SyncWorker::runOnce()
{
    Pass pass;
    const Result<int> recovered = m_queue.recoverExpired(nowSeconds());
    if (!recovered)
        return std::unexpected(recovered.error());
    pass.tally.recovered = *recovered;
    const Result<QList<CalendarAccount>> accounts = m_queue.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    for (const CalendarAccount &account : *accounts) {
        if (account.state != CalendarAccountState::Active)
            continue;
        const std::optional<CalendarCredentials> secret = m_credentials(account);
        if (!secret)
            continue; // another desktop's account: its rows wait for it
        std::shared_ptr<CalendarClient> client = m_clients(account, *secret, m_options.stop);
        if (!client)
            continue;
        pass.clients.insert(account.id, std::move(client));
        pass.live.append(account.id);
        pass.tally.accounts.append(account.id);
        if (auto ok = m_queue.touchAccount(account.id, nowSeconds()); !ok)
            return std::unexpected(ok.error());
    }
    const Status drained = drainClaims(
        [&] {
            QList<qint64> live = pass.live;
            live.removeIf([&](qint64 id) { return pass.down.contains(id); });
            return m_queue.claim(live, m_options.batch, nowSeconds(), m_options.leaseSeconds);
        },
        [&](const ClaimedSync &c) -> Status {
            const qint64 now = nowSeconds();
            std::optional<SyncEnd> end;
            const SyncEntry &e = c.entry;
            if (stopping()) {
                // Quitting: back, untried, for the next worker.
                end = SyncEnd{SyncState::Retrying, e.present,   e.remoteId, e.etag,
                              e.generation,        e.lastError, now,        e.handedOver};
            } else if (pass.down.contains(e.accountId)) {
                end = failed(e, {SyncState::Retrying, e.present, e.remoteId, e.etag, e.generation, {}, 0, e.handedOver},
                             pass.down.value(e.accountId), now);
            } else {
                RemoteResult said;
                end = push(c, *pass.clients.value(e.accountId), now, &said);
                if (said.kind == Kind::SignIn || said.serverDown)
                    pass.down.insert(e.accountId, said);
            }
            if (!end) {
                ++pass.tally.lost;
                return {};
            }
            const Result<bool> kept = m_queue.finish(c.entry.id, c.token, *end, nowSeconds());
            if (!kept)
                return std::unexpected(kept.error());
            if (!*kept) {
                ++pass.tally.lost;
                return {};
            }
            switch (end->state) {
            case SyncState::Synced:
                if (end->present)
                    ++pass.tally.pushed;
                else if (c.entry.present)
                    ++pass.tally.deleted;
                else
                    ++pass.tally.unchanged;
                break;
            case SyncState::Retrying:
                ++pass.tally.retrying;
                break;
            case SyncState::Dead:
                ++pass.tally.dead;
                break;
            case SyncState::Removed:
                ++pass.tally.removedByUser;
                break;
            case SyncState::NeedsSignIn: {
                ++pass.tally.signIn;
                // The whole account waits for its owner to sign in again.
                if (!pass.tally.needSignIn.contains(c.entry.accountId)) {
                    pass.tally.needSignIn.append(c.entry.accountId);
                    if (auto ok
                        = m_queue.setAccountState(c.entry.accountId, CalendarAccountState::NeedsSignIn, end->error);
                        !ok)
                        return ok;
                }
                break;
            }
            default:
                break;
            }
            return {};
        },
        [this] { return stopping(); });
    if (!drained)
        return std::unexpected(drained.error());
    return pass.tally;
}

std::optional<SyncEnd> SyncWorker::push(const ClaimedSync &claimed, CalendarClient &client, qint64 now,
                                        RemoteResult *said)
{
    const SyncEntry &e = claimed.entry;
    SyncEnd end{SyncState::Synced, e.present, e.remoteId, e.etag, e.generation, QString(), 0, false};
    const auto fail = [&](const RemoteResult &r) {
        *said = r;
        return failed(e, end, r, now);
    };
    const Result<SyncSubject> subject = m_queue.subject(e);
    if (!subject)
        return fail({Kind::Transient, {}, {}, subject.error().message, 0, false});
    const std::optional<EventContent> wanted = eventContent(e, *subject, e.generation);
    // The identity this row's pushes use, wanted or not (a lookup needs it).
    EventContent identity;
    identity.uid = syncEventUid(subject->installation, e.entity, e.entityId, e.generation);
    const auto handOver = [&]() -> bool {
        const Result<bool> held = m_queue.handOver(e.id, claimed.token, nowSeconds(), m_options.leaseSeconds);
        return held && *held;
    };
    const auto pushed = [&](const RemoteResult &r) {
        end.state = SyncState::Synced;
        end.present = true;
        end.remoteId = r.remoteId;
        end.etag = r.etag;
        return end;
    };
    const auto absent = [&](bool deleted) {
        end.state = SyncState::Synced;
        end.present = false;
        end.remoteId.clear();
        end.etag.clear();
        if (deleted)
            ++end.generation; // the calendar may keep the deleted identity reserved
        return end;
    };

    if (wanted) {
        RemoteResult r;
        QString remoteId = e.remoteId;
        QString etag = e.etag;
        if (!e.present && e.handedOver) {
            // An earlier create had no clear answer: it may be there already.
            const RemoteResult found = client.lookup(*wanted);
            if (found.kind == Kind::Done) {
                remoteId = found.remoteId;
                etag = found.etag;
            } else if (found.kind != Kind::Gone) {
                end.handedOver = true;
                return fail(found);
            }
        }
        if (!handOver())
            return std::nullopt;
        if (remoteId.isEmpty()) {
            r = client.create(*wanted);
            if (r.kind == Kind::Exists) {
                const RemoteResult found = client.lookup(*wanted);
                if (found.kind == Kind::Done)
                    r = client.update(found.remoteId, found.etag, *wanted);
                else if (found.kind == Kind::Gone) {
                    // Taken by an event SAMS cannot see (an id the calendar keeps
                    // reserved): the next try uses a new identity.
                    ++end.generation;
                    return fail(
                        {Kind::Transient,
                         {},
                         {},
                         Text::tr(
                             "The calendar keeps this event's identity reserved; it is pushed again under a new one."),
                         0,
                         false});
                } else
                    r = found;
            } else if (r.kind == Kind::Unknown) {
                end.handedOver = true;
            }
        } else {
            r = client.update(remoteId, etag, *wanted);
            if (r.kind == Kind::Stale) {
                // Changed in the calendar since SAMS's last push: SAMS's booking
                // is what counts (docs/calendar-sync.md, "Edits in the calendar").
                const RemoteResult current = client.lookup(*wanted);
                r = current.kind == Kind::Done ? client.update(current.remoteId, current.etag, *wanted) : current;
            }
            if (r.kind == Kind::Gone) {
                end.state = SyncState::Removed;
                end.present = false;
                end.error = Text::tr("Deleted in the calendar by its owner: SAMS no longer pushes it. The booking "
                                     "itself is unchanged.");
                return end;
            }
        }
        if (r.kind == Kind::Done)
            return pushed(r);
        return fail(r);
    }

    // No event wanted: remove the one SAMS made, if any.
    QString remoteId = e.remoteId;
    QString etag = e.etag;
    if (!e.present) {
        if (!e.handedOver)
            return absent(false);
        const RemoteResult found = client.lookup(identity);
        if (found.kind == Kind::Gone)
            return absent(false);
        if (found.kind != Kind::Done) {
            end.handedOver = true;
            return fail(found);
        }
        remoteId = found.remoteId;
        etag = found.etag;
    }
    if (!handOver())
        return std::nullopt;
    RemoteResult r = client.remove(remoteId, etag);
    if (r.kind == Kind::Stale)
        r = client.remove(remoteId, QString()); // changed in the calendar: it goes all the same
    if (r.kind == Kind::Done || r.kind == Kind::Gone)
        return absent(true);
    return fail(r);
}

SyncEnd SyncWorker::failed(const SyncEntry &entry, SyncEnd end, const RemoteResult &r, qint64 now) const
{
    end.error = r.error;
    switch (r.kind) {
    case Kind::SignIn:
        end.state = SyncState::NeedsSignIn;
        return end;
    case Kind::Refused:
        end.state = SyncState::Dead;
        return end;
    default:
        break;
    }
    if (entry.attempts >= m_options.maxAttempts) {
        end.state = SyncState::Dead;
        end.error = Text::tr("Gave up after %n attempts: %1", nullptr, entry.attempts).arg(r.error);
        return end;
    }
    end.state = SyncState::Retrying;
    const qint64 wait = std::max(
        m_options.backoff.delayAfter(entry.attempts, QRandomGenerator::global()->generateDouble()), r.retryAfter);
    end.nextAttemptAt = now + wait;
    return end;
}

std::unique_ptr<CalendarClient> makeCalendarClient(const CalendarAccount &account,
                                                   const CalendarCredentials &credentials, AbortFlag abort)
{
    if (account.provider != CalendarProvider::CalDav)
        return nullptr;
    CalDavConfig config;
    config.accountUrl = account.accountUrl;
    config.calendarUrl = account.calendarRef;
    config.login = account.login;
    config.password = credentials.password;
    config.abort = abort;
    return std::make_unique<CalDavClient>(config);
}

} // namespace sams
