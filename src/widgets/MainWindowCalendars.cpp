// The desktop's part of calendar sync (docs/calendar-sync.md, "In the
// desktop"): its passes on the delivery worker's thread (network and database
// never on the GUI thread), the status bar's badge and a desktop notice when a
// calendar needs a new sign-in, the sync view, connecting a CalDAV calendar.
#include "widgets/MainWindow.h"

#include "calendarsync/CalendarSecrets.h"
#include "calendarsync/ConnectAccount.h"
#include "calendarsync/OAuthSignIn.h"
#include "calendarsync/SyncWorker.h"
#include "core/Clock.h"
#include "editing/ScheduleWorker.h"
#include "widgets/CalendarSyncDialog.h"
#include "widgets/ConnectCalendarDialog.h"

#include <QDesktopServices>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sams {

namespace {
qint64 nowSeconds()
{
    return Clock::nowUtc().toSecsSinceEpoch();
}

// What one pass (or one read for the view) brings back to the window.
struct CalendarRead {
    SyncTally tally;
    QList<CalendarAccount> accounts;
    QHash<qint64, int> attention;
    QString problem; // a secret that could not be read, a database error
};

Result<CalendarRead> readAccounts(CalendarSyncQueue &sync, CalendarRead read)
{
    Result<QList<CalendarAccount>> accounts = sync.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    Result<QHash<qint64, int>> attention = sync.attentionCounts();
    if (!attention)
        return std::unexpected(attention.error());
    read.accounts = std::move(*accounts);
    read.attention = std::move(*attention);
    return read;
}
} // namespace

CalendarSyncDialog *MainWindow::calendarSyncDialog() const
{
    return m_calendarSyncDialog;
}

void MainWindow::setUpCalendars()
{
    // Shaped like the outbox's badge beside it.
    m_calendarBadge = new QLabel;
    m_calendarBadge->setObjectName(QStringLiteral("calendarBadge"));
    m_calendarBadge->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; border-radius: 3px; padding: 2px "
                                                  "10px; font-weight: bold; }"));
    m_calendarBadge->setTextFormat(Qt::RichText);
    m_calendarBadge->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_calendarBadge->setToolTip(tr("A calendar needs a new sign-in, or events failed: open calendar sync"));
    m_calendarBadge->hide();
    connect(m_calendarBadge, &QLabel::linkActivated, this, [this] { openCalendarSync(true); });
    statusBar()->insertPermanentWidget(0, m_calendarBadge);

    QMenu *calendars = menuBar()->addMenu(tr("&Calendars"));
    calendars->setObjectName(QStringLiteral("calendarsMenu"));
    QAction *view = calendars->addAction(tr("Calendar &sync…"), this, [this] { openCalendarSync(false); });
    view->setObjectName(QStringLiteral("calendarSyncAction"));
    view->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    QAction *add = calendars->addAction(tr("&Connect a calendar…"), this, &MainWindow::openConnectCalendar);
    add->setObjectName(QStringLiteral("connectCalendarAction"));
}

void MainWindow::runCalendarPass()
{
    if (!m_delivery || m_stopDelivery->load() || std::exchange(m_syncing, true))
        return;
    const std::shared_ptr<std::atomic<bool>> stop = m_stopDelivery;
    m_delivery->run(
        this,
        [stop](ScheduleSession &session) -> Result<CalendarRead> {
            CalendarRead read;
            SyncWorker::Options options;
            options.stop = stop.get();
            SyncWorker worker(session.calendarSync(), keychainCredentials(&read.problem), &makeCalendarClient, options);
            Result<SyncTally> tally = worker.runOnce();
            if (!tally)
                read.problem = tally.error().message;
            else
                read.tally = *tally;
            return readAccounts(session.calendarSync(), read);
        },
        [this](const Result<CalendarRead> &read) {
            m_syncing = false;
            if (!read)
                return;
            if (!read->problem.isEmpty())
                statusBar()->showMessage(tr("Calendar sync: %1").arg(read->problem), 8000);
            showCalendarAttention(read->accounts, read->attention);
            if (read->tally.handled() > 0 && m_calendarSyncDialog)
                reloadCalendarSync();
        });
}

void MainWindow::showCalendarAttention(const QList<CalendarAccount> &accounts, const QHash<qint64, int> &attention)
{
    int rows = 0;
    QStringList signIn;
    for (const CalendarAccount &a : accounts) {
        rows += attention.value(a.id);
        if (a.state != CalendarAccountState::NeedsSignIn) {
            m_signInShown.remove(a.id);
            continue;
        }
        signIn.append(a.label);
        // Never silent: once per expiry, a desktop notice names the calendar.
        if (!m_signInShown.contains(a.id)) {
            m_signInShown.insert(a.id);
            notify(tr("Calendar “%1” needs a new sign-in").arg(a.label),
                   tr("SAMS stopped sending bookings to it: %1").arg(a.lastError));
        }
    }
    const QString text = !signIn.isEmpty() ? tr("Calendar needs sign-in: %1").arg(signIn.join(QStringLiteral(", ")))
                                           : tr("%n calendar event(s) need attention", nullptr, rows);
    m_calendarBadge->setText(
        QStringLiteral("<a href=\"calendars\" style=\"color: white; text-decoration: none\">%1</a>")
            .arg(text.toHtmlEscaped()));
    m_calendarBadge->setVisible(!signIn.isEmpty() || rows > 0);
    if (m_calendarSyncDialog)
        m_calendarSyncDialog->setAccounts(accounts, attention, nowSeconds());
}

void MainWindow::openCalendarSync(bool attentionOnly)
{
    if (!m_calendarSyncDialog) {
        m_calendarSyncDialog = new CalendarSyncDialog(this);
        m_calendarSyncDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_calendarSyncDialog, &CalendarSyncDialog::filterChanged, this, &MainWindow::reloadCalendarSync);
        connect(m_calendarSyncDialog, &CalendarSyncDialog::connectRequested, this, &MainWindow::openConnectCalendar);
        connect(m_calendarSyncDialog, &CalendarSyncDialog::signInRequested, this, &MainWindow::signInCalendar);
        connect(m_calendarSyncDialog, &CalendarSyncDialog::disconnectRequested, this, &MainWindow::disconnectCalendar);
        connect(m_calendarSyncDialog, &CalendarSyncDialog::retryRequested, this, [this](qint64 id) {
            m_worker->run(
                this,
                [id](ScheduleSession &session) -> Result<bool> {
                    const Status done = session.calendarSync().retry(id, nowSeconds());
                    if (!done)
                        return std::unexpected(done.error());
                    return true;
                },
                [this](const Result<bool> &done) {
                    if (!done && m_calendarSyncDialog)
                        m_calendarSyncDialog->showProblem(done.error().message);
                    reloadCalendarSync();
                    if (done)
                        runCalendarPass();
                });
        });
    }
    if (attentionOnly)
        m_calendarSyncDialog->showAttentionOnly(); // reloads through filterChanged
    reloadCalendarSync();
    m_calendarSyncDialog->show();
    m_calendarSyncDialog->raise();
    m_calendarSyncDialog->activateWindow();
}

void MainWindow::reloadCalendarSync()
{
    if (!m_worker || !m_calendarSyncDialog)
        return;
    struct Read {
        CalendarRead accounts;
        QList<SyncEntry> entries;
    };
    m_worker->run(
        m_calendarSyncDialog.data(),
        [filter = m_calendarSyncDialog->filter()](ScheduleSession &session) -> Result<Read> {
            Read read;
            Result<CalendarRead> accounts = readAccounts(session.calendarSync(), {});
            if (!accounts)
                return std::unexpected(accounts.error());
            read.accounts = std::move(*accounts);
            Result<QList<SyncEntry>> entries = session.calendarSync().list(filter);
            if (!entries)
                return std::unexpected(entries.error());
            read.entries = std::move(*entries);
            return read;
        },
        [this](const Result<Read> &read) {
            if (!m_calendarSyncDialog)
                return;
            if (!read) {
                m_calendarSyncDialog->showProblem(read.error().message);
                return;
            }
            showCalendarAttention(read->accounts.accounts, read->accounts.attention);
            m_calendarSyncDialog->setEntries(read->entries);
        });
}

void MainWindow::openConnectCalendar()
{
    const bool manager = m_rights.role != QLatin1String("scheduler") && m_rights.role != QLatin1String("technician");
    auto *dialog = new ConnectCalendarDialog(m_stores, QString(), manager, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // With the secret known: SAMS's calendar made, the secret kept, the account
    // added, all on the delivery worker's thread (the server and the keychain
    // may take seconds; the window stays live).
    const auto finish = [this, dialog](const CalendarAccount &account, const CalendarCredentials &secret) {
        m_delivery->run(
            dialog,
            [account, secret, stop = m_stopDelivery](ScheduleSession &session) -> Result<qint64> {
                const Result<NotifySettings> settings = session.notifyConfig().settings();
                if (!settings)
                    return std::unexpected(settings.error());
                return connectCalendarAccount(session.calendarSync(), account, secret, settings->installation,
                                              nowSeconds(), stop.get());
            },
            [this, dialog](const Result<qint64> &id) {
                statusBar()->clearMessage();
                if (!id) {
                    dialog->showProblem(id.error().message);
                    return;
                }
                statusBar()->showMessage(tr("Calendar connected: your stores' bookings are on their way to it."), 8000);
                dialog->accept();
                runCalendarPass();
                if (m_calendarSyncDialog)
                    reloadCalendarSync();
            });
    };
    connect(dialog, &ConnectCalendarDialog::connectRequested, this, [this, dialog, finish] {
        if (!m_delivery)
            return;
        const CalendarAccount account = dialog->account();
        dialog->setBusy(true);
        if (account.provider == CalendarProvider::CalDav) {
            statusBar()->showMessage(tr("Connecting the calendar…"));
            finish(account, passwordCredentials(dialog->password()));
            return;
        }
        // Google and Microsoft: the user signs in in the browser; the answer
        // comes back to a loopback port, asynchronously on this thread.
        statusBar()->showMessage(tr("Sign in in the browser window that opened…"));
        auto *signIn
            = new OAuthSignIn(account.provider, account.accountUrl, oauthClientId(account.provider), {}, dialog);
        connect(signIn, &OAuthSignIn::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
        connect(signIn, &OAuthSignIn::finished, dialog,
                [finish, account](const CalendarCredentials &tokens) { finish(account, tokens); });
        connect(signIn, &OAuthSignIn::failed, dialog, [this, dialog](const QString &error) {
            statusBar()->clearMessage();
            dialog->showProblem(tr("The sign-in failed: %1").arg(error));
        });
        signIn->start();
    });
    dialog->show();
}

void MainWindow::disconnectCalendar(qint64 accountId)
{
    if (!m_delivery || !m_calendarSyncDialog)
        return;
    const CalendarAccount account = m_calendarSyncDialog->shownAccount(accountId);
    const auto answer = QMessageBox::question(
        m_calendarSyncDialog, tr("Disconnect the calendar"),
        tr("Remove SAMS's calendar from “%1” and stop sending bookings to it? Nothing else in the account is "
           "touched, and the bookings in SAMS stay as they are.")
            .arg(account.label));
    if (answer != QMessageBox::Yes)
        return;
    m_delivery->run(
        this,
        [accountId, stop = m_stopDelivery](ScheduleSession &session) -> Result<bool> {
            if (auto done = disconnectCalendarAccount(session.calendarSync(), accountId, stop.get()); !done)
                return std::unexpected(done.error());
            return true;
        },
        [this](const Result<bool> &done) {
            if (!done) {
                if (m_calendarSyncDialog)
                    m_calendarSyncDialog->showProblem(done.error().message);
                return;
            }
            statusBar()->showMessage(tr("Calendar disconnected: SAMS's calendar is removed from it."), 8000);
            reloadCalendarSync();
        });
}

void MainWindow::signInCalendar(qint64 accountId)
{
    if (!m_delivery || !m_calendarSyncDialog)
        return;
    const CalendarAccount account = m_calendarSyncDialog->shownAccount(accountId);
    // With the new secret: tried before it is kept (a wrong password never
    // replaces a right one), then the account's rows go on.
    const auto keep = [this, accountId](const CalendarCredentials &secret) {
        m_delivery->run(
            this,
            [accountId, secret, stop = m_stopDelivery](ScheduleSession &session) -> Result<bool> {
                Result<CalendarAccount> stored = session.calendarSync().account(accountId);
                if (!stored)
                    return std::unexpected(stored.error());
                const std::unique_ptr<CalendarClient> client = makeCalendarClient(*stored, secret, stop.get());
                const RemoteResult reached = client->checkCalendar();
                if (reached.kind != RemoteResult::Kind::Done)
                    return std::unexpected(
                        Error::failed(MainWindow::tr("The server refused it: %1").arg(reached.error)));
                if (auto kept = storeCalendarCredentials(*stored, secret); !kept)
                    return std::unexpected(kept.error());
                if (auto active = session.calendarSync().setAccountState(accountId, CalendarAccountState::Active, {});
                    !active)
                    return std::unexpected(active.error());
                return true;
            },
            [this](const Result<bool> &done) {
                if (!done) {
                    if (m_calendarSyncDialog)
                        m_calendarSyncDialog->showProblem(done.error().message);
                    return;
                }
                statusBar()->showMessage(tr("Signed in again: the calendar's waiting bookings are on their way."),
                                         8000);
                runCalendarPass();
                reloadCalendarSync();
            });
    };
    if (account.provider == CalendarProvider::CalDav) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Sign in again"), tr("The calendar's new app password:"), QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty())
            keep(passwordCredentials(password));
        return;
    }
    if (oauthClientId(account.provider).isEmpty()) {
        m_calendarSyncDialog->showProblem(tr("%1 is not set up on this computer (docs/calendar-sync.md).")
                                              .arg(calendarProviderLabel(account.provider)));
        return;
    }
    statusBar()->showMessage(tr("Sign in in the browser window that opened…"));
    auto *signIn = new OAuthSignIn(account.provider, account.accountUrl, oauthClientId(account.provider), {}, this);
    connect(signIn, &OAuthSignIn::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(signIn, &OAuthSignIn::finished, this, [keep, signIn](const CalendarCredentials &tokens) {
        keep(tokens);
        signIn->deleteLater();
    });
    connect(signIn, &OAuthSignIn::failed, this, [this, signIn](const QString &error) {
        if (m_calendarSyncDialog)
            m_calendarSyncDialog->showProblem(tr("The sign-in failed: %1").arg(error));
        signIn->deleteLater();
    });
    signIn->start();
}

} // namespace sams
