#include "calendarsync/SyncWorker.h"

#include "calendarsync/CalDavClient.h"
#include "calendarsync/CalendarSecrets.h"
#include "calendarsync/GoogleClient.h"
#include "calendarsync/GraphClient.h"
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
    QHash<qint64, CalendarAccount> accounts;
    QHash<qint64, CalendarCredentials> secrets; // what each client was made with
    QSet<qint64> resigned; // accounts whose client was made again this pass
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
        const std::optional<CalendarCredentials> secret = m_credentials(account, false);
        if (!secret)
            continue; // another desktop's account: its rows wait for it
        std::shared_ptr<CalendarClient> client = m_clients(account, *secret, m_options.stop);
        if (!client)
            continue;
        pass.clients.insert(account.id, client);
        pass.accounts.insert(account.id, account);
        pass.secrets.insert(account.id, *secret);
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
                if (said.kind == Kind::SignIn && signedInMeanwhile(pass, e.accountId)) {
                    // Someone signed in again since this program read the secret
                    // (another desktop, samsctl): the row is tried at once with it.
                    end->state = SyncState::Retrying;
                    end->nextAttemptAt = now;
                } else if (said.kind == Kind::SignIn || said.serverDown) {
                    pass.down.insert(e.accountId, said);
                }
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

bool SyncWorker::signedInMeanwhile(Pass &pass, qint64 accountId)
{
    const CalendarAccount account = pass.accounts.value(accountId);
    const std::optional<CalendarCredentials> again = m_credentials(account, true);
    const CalendarCredentials used = pass.secrets.value(accountId);
    // The access token changes with every refresh this program made itself:
    // only a new password or refresh token is a new sign-in. Once per pass.
    if (!again || (again->password == used.password && again->refreshToken == used.refreshToken)
        || pass.resigned.contains(accountId))
        return false;
    pass.resigned.insert(accountId);
    std::shared_ptr<CalendarClient> client = m_clients(account, *again, m_options.stop);
    if (!client)
        return false;
    pass.clients.insert(accountId, client);
    pass.secrets.insert(accountId, *again);
    return true;
}

std::optional<SyncEnd> SyncWorker::push(const ClaimedSync &claimed, CalendarClient &client, qint64 now,
                                        RemoteResult *said)
{
    const SyncEntry &e = claimed.entry;
    // The handover mark stays until an answer is clear: a request that may have
    // been carried out is looked up, never repeated blindly.
    SyncEnd end{SyncState::Synced, e.present, e.remoteId, e.etag, e.generation, QString(), 0, e.handedOver};
    const auto fail = [&](const RemoteResult &r) {
        *said = r;
        return failed(e, end, r, now);
    };
    const Result<SyncSubject> subject = m_queue.subject(e);
    if (!subject)
        return fail({Kind::Transient, {}, {}, subject.error().message, 0, false});
    // Before each request that may change the calendar: the lease renewed, and
    // the claim still ours (a worker whose lease ran out sends nothing more).
    bool fenced = false;
    const auto mayChange = [&]() -> bool {
        const Result<bool> held = m_queue.handOver(e.id, claimed.token, nowSeconds(), m_options.leaseSeconds);
        fenced = !held || !*held;
        if (!fenced)
            end.handedOver = true;
        return !fenced;
    };
    const auto found = [&](const RemoteResult &r) { // what a lookup found is known from now on
        end.present = true;
        end.remoteId = r.remoteId;
        end.etag = r.etag;
    };
    const auto pushed = [&](const RemoteResult &r) {
        found(r);
        end.state = SyncState::Synced;
        end.handedOver = false;
        return end;
    };
    const auto absent = [&](bool deleted) {
        end.state = SyncState::Synced;
        end.present = false;
        end.remoteId.clear();
        end.etag.clear();
        end.handedOver = false;
        if (deleted)
            ++end.generation; // the calendar may keep the deleted identity reserved
        return end;
    };
    const auto create = [&](const EventContent &event) -> RemoteResult {
        if (!mayChange())
            return {};
        RemoteResult r = client.create(event);
        if (r.kind != Kind::Exists)
            return r;
        RemoteResult there = client.lookup(event);
        if (there.kind == Kind::Done) {
            found(there);
            return mayChange() ? client.update(there.remoteId, there.etag, event) : RemoteResult{};
        }
        if (there.kind == Kind::Gone) {
            // Taken by an event SAMS cannot see (an id the calendar keeps
            // reserved): the next try uses a new identity.
            ++end.generation;
            end.handedOver = false;
            return {Kind::Transient,
                    {},
                    {},
                    Text::tr("The calendar keeps this event's identity reserved; it is pushed again under a new one."),
                    0,
                    false};
        }
        return there;
    };

    if (std::optional<EventContent> wanted = eventContent(e, *subject, end.generation)) {
        if (!end.present && end.handedOver) {
            // An earlier request had no clear answer: the event may be there already.
            const RemoteResult there = client.lookup(*wanted);
            if (there.kind == Kind::Done)
                found(there);
            else if (there.kind != Kind::Gone)
                return fail(there);
        }
        RemoteResult r;
        if (end.remoteId.isEmpty()) {
            r = create(*wanted);
        } else {
            const bool unclearBefore = end.handedOver;
            r = mayChange() ? client.update(end.remoteId, end.etag, *wanted) : RemoteResult{};
            if (r.kind == Kind::Stale) {
                // Changed in the calendar since SAMS's last push: SAMS's booking
                // is what counts (docs/calendar-sync.md, "Edits in the calendar").
                const RemoteResult current = client.lookup(*wanted);
                if (current.kind == Kind::Done) {
                    found(current);
                    r = mayChange() ? client.update(current.remoteId, current.etag, *wanted) : RemoteResult{};
                } else {
                    r = current;
                }
            }
            if (r.kind == Kind::Gone && unclearBefore) {
                // Gone after SAMS's own request with no clear answer (a delete
                // that went through): not the user's doing. A new identity.
                absent(true);
                wanted = eventContent(e, *subject, end.generation);
                r = create(*wanted);
            } else if (r.kind == Kind::Gone) {
                end.state = SyncState::Removed;
                end.present = false;
                end.handedOver = false;
                end.error = Text::tr("Deleted in the calendar by its owner: SAMS no longer pushes it. The booking "
                                     "itself is unchanged.");
                return end;
            }
        }
        if (fenced)
            return std::nullopt;
        if (r.kind == Kind::Done)
            return pushed(r);
        return fail(r);
    }

    // No event wanted: remove the one SAMS made, if any.
    if (!end.present) {
        if (!end.handedOver)
            return absent(false);
        EventContent identity;
        identity.uid = syncEventUid(subject->installation, e.entity, e.entityId, end.generation);
        const RemoteResult there = client.lookup(identity);
        if (there.kind == Kind::Gone)
            return absent(false);
        if (there.kind != Kind::Done)
            return fail(there);
        found(there);
    }
    RemoteResult r = mayChange() ? client.remove(end.remoteId, end.etag) : RemoteResult{};
    if (r.kind == Kind::Stale && mayChange())
        r = client.remove(end.remoteId, QString()); // changed in the calendar: it goes all the same
    if (fenced)
        return std::nullopt;
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
    if (account.provider != CalendarProvider::CalDav) {
        // Refreshed tokens go back to the keychain at once.
        OAuthHttp http(oauthEndpoints(account.provider, account.accountUrl), credentials, abort,
                       [account](const CalendarCredentials &tokens) {
                           // The old refresh token stays good a while: a failed save is
                           // reported, and the next refresh saves again.
                           if (auto kept = storeCalendarCredentials(account, tokens); !kept)
                               qWarning("sams: calendar tokens not saved: %s", qPrintable(kept.error().message));
                       });
        if (account.provider == CalendarProvider::Google)
            return std::make_unique<GoogleClient>(std::move(http), account.calendarRef);
        return std::make_unique<GraphClient>(std::move(http), account.calendarRef);
    }
    CalDavConfig config;
    config.accountUrl = account.accountUrl;
    config.calendarUrl = account.calendarRef;
    config.login = account.login;
    config.password = credentials.password;
    config.abort = abort;
    return std::make_unique<CalDavClient>(config);
}

} // namespace sams
