#pragma once

#include "calendarsync/CalendarClient.h"
#include "core/Backoff.h"
#include "core/CalendarSyncQueue.h"
#include "net/Curl.h"

#include <QMetaType>

#include <functional>
#include <memory>

namespace sams {

// An account's secret on this desktop: a CalDAV app password, or OAuth tokens.
struct CalendarCredentials {
    QString password;
    QString accessToken;
    QString refreshToken;
    QString clientId; // the OAuth client the tokens were issued to
    QString clientSecret; // Google's desktop clients have one too (not a secret in practice)
};
// A CalDAV app password, and nothing else.
inline CalendarCredentials passwordCredentials(const QString &password)
{
    CalendarCredentials c;
    c.password = password;
    return c;
}
} // namespace sams
Q_DECLARE_METATYPE(sams::CalendarCredentials)
namespace sams {

// The secret this program holds for an account (the keychain), if any: only a
// desktop holding it pushes for the account. `fresh`: not from a cache (asked
// again when the calendar refused the one in use).
using CredentialSource = std::function<std::optional<CalendarCredentials>(const CalendarAccount &, bool fresh)>;
using ClientFactory
    = std::function<std::unique_ptr<CalendarClient>(const CalendarAccount &, const CalendarCredentials &, AbortFlag)>;

// How one pass went: rows per end.
struct SyncTally {
    int pushed = 0; // created or updated
    int deleted = 0; // events removed (cancelled, no longer followed)
    int unchanged = 0; // nothing to do (never pushed, still not wanted)
    int retrying = 0;
    int dead = 0;
    int signIn = 0;
    int removedByUser = 0;
    int lost = 0; // taken over by another worker after this one's lease ran out
    int recovered = 0;
    QList<qint64> accounts; // accounts this program pushed for
    QList<qint64> needSignIn; // accounts found needing a new sign-in this pass
    int handled() const { return pushed + deleted + unchanged + retrying + dead + signIn + removedByUser + lost; }
};

// Pushes calendar sync's due rows (docs/calendar-sync.md, "The worker"), with
// the outbox's claim loop, lease, fence and backoff. For each row it reads the
// record again and decides from what is true now: create, update, delete or
// nothing, so a burst of changes is one push and a delete never overtakes its
// create. Blocking: its own thread and connection.
class SyncWorker
{
public:
    struct Options {
        int batch = 25;
        int leaseSeconds = 120;
        int maxAttempts = 10;
        Backoff backoff;
        AbortFlag stop = nullptr;
    };

    SyncWorker(CalendarSyncQueue &queue, CredentialSource credentials, ClientFactory clients, Options options);

    Result<SyncTally> runOnce();

private:
    struct Pass;
    // `said` gets the last answer that failed (the pass stops using an account
    // whose login was refused or whose server is down).
    std::optional<SyncEnd> push(const ClaimedSync &claimed, CalendarClient &client, qint64 now, RemoteResult *said);
    SyncEnd failed(const SyncEntry &entry, SyncEnd end, const RemoteResult &result, qint64 now) const;
    // The secret changed since the pass read it: the account's client is made again with it.
    bool signedInMeanwhile(Pass &pass, qint64 accountId);
    bool stopping() const { return m_options.stop && m_options.stop->load(); }

    CalendarSyncQueue &m_queue;
    CredentialSource m_credentials;
    ClientFactory m_clients;
    Options m_options;
};

// The client for an account's provider (CalDAV; Google and Outlook once their
// sign-in is set up); null for a provider this build cannot reach.
std::unique_ptr<CalendarClient> makeCalendarClient(const CalendarAccount &account,
                                                   const CalendarCredentials &credentials, AbortFlag abort);

} // namespace sams
