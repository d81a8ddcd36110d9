// The desktop's part of notifications (docs/notifications.md, "In the desktop"):
// the delivery worker's passes on a thread of their own, the status bar's badge
// for messages a person must decide on, the outbox view, each appointment's
// messages and the templates editor.
#include "widgets/MainWindow.h"

#include "core/Clock.h"
#include "editing/ScheduleWorker.h"
#include "notify/DeliveryWorker.h"
#include "notify/NotifySecrets.h"
#include "widgets/AppointmentDialog.h"
#include "widgets/OutboxDialog.h"
#include "widgets/StoreMessagesDialog.h"
#include "widgets/TemplatesDialog.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace sams {

namespace {
// Often enough that a confirmation leaves within seconds of the booking; a
// change notice starts a pass sooner.
constexpr int deliveryPassMs = 15 * 1000;

// What one pass of the delivery worker brings back to the window.
struct DeliveryPass {
    DeliveryTally tally;
    int attention = 0;
    QString problem; // a secret that could not be read
};
} // namespace

OutboxDialog *MainWindow::outboxDialog() const
{
    return m_outboxDialog;
}

TemplatesDialog *MainWindow::templatesDialog() const
{
    return m_templatesDialog;
}

void MainWindow::setUpMessages()
{
    // A label with a link, shaped like the environment badge beside it: a
    // button would be taller than the status bar and resize the grid above.
    m_outboxBadge = new QLabel;
    m_outboxBadge->setObjectName(QStringLiteral("outboxBadge"));
    m_outboxBadge->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; border-radius: 3px; padding: 2px 10px; "
                                                "font-weight: bold; }"));
    m_outboxBadge->setTextFormat(Qt::RichText);
    m_outboxBadge->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_outboxBadge->setToolTip(tr("Messages that failed or whose fate is unknown: open the outbox to decide"));
    m_outboxBadge->hide();
    connect(m_outboxBadge, &QLabel::linkActivated, this, [this] { openOutbox(true); });
    statusBar()->insertPermanentWidget(0, m_outboxBadge);

    QMenu *messages = menuBar()->addMenu(tr("&Messages"));
    messages->setObjectName(QStringLiteral("messagesMenu"));
    QAction *outbox = messages->addAction(tr("&Outbox…"), this, [this] { openOutbox(false); });
    outbox->setObjectName(QStringLiteral("outboxAction"));
    outbox->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *storeMessages = messages->addAction(tr("This store's &messages…"), this, &MainWindow::openStoreMessages);
    storeMessages->setObjectName(QStringLiteral("storeMessagesAction"));
    storeMessages->setEnabled(m_rights.rules);
    if (!m_rights.rules)
        storeMessages->setToolTip(tr("Managers and administrators set a store's messages."));
    QAction *templates = messages->addAction(tr("Message &templates…"), this, &MainWindow::openTemplates);
    templates->setObjectName(QStringLiteral("templatesAction"));
    const bool admin = m_rights.role == QLatin1String("admin") || m_rights.role == QLatin1String("owner");
    templates->setEnabled(admin);
    if (!admin)
        templates->setToolTip(tr("Only an administrator words the customers' messages."));
    messages->setToolTipsVisible(true);
    refreshAttention();
}

void MainWindow::setDelivery(ScheduleWorker *delivery)
{
    m_delivery = delivery;
    m_deliveryTimer = new QTimer(this);
    m_deliveryTimer->setInterval(deliveryPassMs);
    connect(m_deliveryTimer, &QTimer::timeout, this, &MainWindow::runDeliveryPass);
    m_deliveryTimer->start();
    runDeliveryPass();
}

void MainWindow::runDeliveryPass()
{
    // One pass at a time; the timer or the next notice starts another.
    if (!m_delivery || m_stopDelivery->load() || std::exchange(m_delivering, true))
        return;
    // A desktop that may take orders shows the technicians' daily reminder; the
    // claim makes it one desktop of all those running.
    const bool notices = m_rights.orders;
    const std::shared_ptr<std::atomic<bool>> stop = m_stopDelivery;
    m_delivery->run(
        this,
        [notices, stop](ScheduleSession &session) -> Result<DeliveryPass> {
            DeliveryPass pass;
            DeliveryWorker::Options options;
            options.desktopNotices = notices;
            options.stop = stop.get();
            DeliveryWorker worker(
                session.outbox(), session.notifyConfig(),
                [&pass, stop](const NotifySettings &n) { return keychainTransports(n, &pass.problem, stop.get()); },
                options);
            Result<DeliveryTally> tally = worker.runOnce();
            if (!tally) {
                pass.problem = tally.error().message;
                return pass;
            }
            pass.tally = *tally;
            const Result<int> attention = session.outbox().attentionCount();
            pass.attention = attention.value_or(-1);
            return pass;
        },
        [this](const Result<DeliveryPass> &pass) {
            m_delivering = false;
            if (!pass)
                return;
            // The rows of these notices are sent: show them whatever else went wrong.
            for (const OutboxEntry &e : pass->tally.notices)
                notify(e.message.subject, e.message.body);
            if (!pass->problem.isEmpty())
                statusBar()->showMessage(tr("Sending messages: %1").arg(pass->problem), 8000);
            if (pass->attention >= 0)
                showAttention(pass->attention);
            if (pass->tally.handled() > 0 && m_outboxDialog)
                reloadOutbox();
            // Calendar sync shares the thread: its pass follows.
            runCalendarPass();
        });
}

void MainWindow::stopDelivery()
{
    m_stopDelivery->store(true);
    if (m_deliveryTimer)
        m_deliveryTimer->stop();
}

void MainWindow::refreshAttention()
{
    if (!m_worker)
        return;
    m_worker->run(
        this, [](ScheduleSession &session) { return session.outbox().attentionCount(); },
        [this](const Result<int> &count) {
            if (count)
                showAttention(*count);
        });
}

void MainWindow::showAttention(int count)
{
    const QString text = count == 1 ? tr("1 message needs attention") : tr("%1 messages need attention").arg(count);
    m_outboxBadge->setText(QStringLiteral("<a href=\"outbox\" style=\"color: white; text-decoration: none\">%1</a>")
                               .arg(text.toHtmlEscaped()));
    m_outboxBadge->setVisible(count > 0);
}

void MainWindow::openOutbox(bool attentionOnly)
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_stores, this);
        m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outboxDialog, &OutboxDialog::filterChanged, this, &MainWindow::reloadOutbox);
        const auto decide = [this](qint64 id, bool retry) {
            m_worker->run(
                this,
                [id, retry](ScheduleSession &session) -> Result<bool> {
                    const Status done = retry ? session.outbox().retry(id, Clock::nowUtc().toSecsSinceEpoch())
                                              : session.outbox().cancel(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return true;
                },
                [this, retry](const Result<bool> &done) {
                    if (!done && m_outboxDialog)
                        m_outboxDialog->showProblem(done.error().message);
                    reloadOutbox();
                    refreshAttention();
                    if (done && retry)
                        runDeliveryPass();
                });
        };
        connect(m_outboxDialog, &OutboxDialog::retryRequested, this, [decide](qint64 id) { decide(id, true); });
        connect(m_outboxDialog, &OutboxDialog::cancelRequested, this, [decide](qint64 id) { decide(id, false); });
    }
    if (attentionOnly)
        m_outboxDialog->showAttentionOnly(); // reloads through filterChanged
    reloadOutbox();
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
}

void MainWindow::reloadOutbox()
{
    if (!m_outboxDialog || !m_worker)
        return;
    const OutboxFilter filter = m_outboxDialog->filter();
    m_worker->run(
        m_outboxDialog, [filter](ScheduleSession &session) { return session.outbox().list(filter); },
        [this](const Result<QList<OutboxEntry>> &entries) {
            if (!m_outboxDialog)
                return;
            if (entries)
                m_outboxDialog->setEntries(*entries);
            else
                m_outboxDialog->showProblem(entries.error().message);
        });
}

void MainWindow::openTemplates()
{
    if (!m_templatesDialog) {
        m_templatesDialog = new TemplatesDialog(this);
        m_templatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto write = [this](const std::function<Status(NotifyConfig &)> &change) {
            m_worker->run(
                m_templatesDialog,
                [change](ScheduleSession &session) -> Result<bool> {
                    const Status done = change(session.notifyConfig());
                    if (!done)
                        return std::unexpected(done.error());
                    return true;
                },
                [this](const Result<bool> &done) {
                    if (!done) {
                        m_templatesDialog->showProblem(done.error().message);
                        return;
                    }
                    statusBar()->showMessage(tr("Message template saved."), 4000);
                    reloadTemplates();
                });
        };
        connect(m_templatesDialog, &TemplatesDialog::saveRequested, this, [write](const MessageTemplate &t) {
            write([t](NotifyConfig &config) { return config.saveTemplate(t); });
        });
        connect(m_templatesDialog, &TemplatesDialog::removeRequested, this,
                [write](const QString &kind, const QString &language) {
                    write([kind, language](NotifyConfig &config) { return config.removeTemplate(kind, language); });
                });
    }
    reloadTemplates();
    m_templatesDialog->show();
    m_templatesDialog->raise();
}

void MainWindow::openStoreMessages()
{
    const Store *shown = currentStore();
    if (!shown || !m_worker)
        return;
    const Store store = *shown;
    m_worker->run(
        this, [id = store.id](ScheduleSession &session) { return session.notifyConfig().storeNotify(id); },
        [this, store](const Result<StoreNotify> &read) {
            if (!read) {
                showError(read.error());
                return;
            }
            StoreMessagesDialog dialog(store.name, *read, this);
            connect(&dialog, &StoreMessagesDialog::saveRequested, this, [this, &dialog] {
                const StoreNotify wanted = dialog.settings();
                m_worker->run(
                    &dialog,
                    [wanted](ScheduleSession &session) -> Result<bool> {
                        const Status saved = session.notifyConfig().saveStoreNotify(wanted);
                        if (!saved)
                            return std::unexpected(saved.error());
                        return true;
                    },
                    [&dialog](const Result<bool> &saved) {
                        if (saved)
                            dialog.accept();
                        else
                            dialog.showProblem(saved.error().message);
                    });
            });
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("The messages of %1 are saved.").arg(store.code), 4000);
        });
}

void MainWindow::reloadTemplates()
{
    if (!m_templatesDialog || !m_worker)
        return;
    m_worker->run(
        m_templatesDialog, [](ScheduleSession &session) { return session.notifyConfig().templates(); },
        [this](const Result<QList<MessageTemplate>> &templates) {
            if (templates)
                m_templatesDialog->setTemplates(*templates);
            else
                m_templatesDialog->showProblem(templates.error().message);
        });
}

void MainWindow::readAppointmentMessages(AppointmentDialog *dialog, const Appointment &appointment)
{
    if (!m_worker)
        return;
    struct Read {
        QList<OutboxEntry> messages;
        std::optional<ContactChoice> choice;
        QList<SyncEntry> calendars;
    };
    const QStringList contacts{appointment.customerEmail, appointment.customerPhone};
    m_worker->run(
        dialog,
        [id = appointment.id, contacts](ScheduleSession &session) -> Result<Read> {
            Read read;
            Result<QList<OutboxEntry>> messages
                = session.outbox().list({std::nullopt, 0, QString(), QStringLiteral("appointment"), id, 50});
            if (!messages)
                return std::unexpected(messages.error());
            read.messages = std::move(*messages);
            SyncFilter calendars;
            calendars.entity = QStringLiteral("appointment");
            calendars.entityId = id;
            // The calendars' line is a footnote: a failure to read it hides nothing else.
            read.calendars = session.calendarSync().list(calendars).value_or(QList<SyncEntry>());
            for (const QString &contact : contacts) { // the address's choice first, as delivery reads it
                if (contact.isEmpty() || read.choice)
                    continue;
                Result<std::optional<ContactChoice>> choice = session.notifyConfig().contactChoice(contact);
                if (!choice)
                    return std::unexpected(choice.error());
                read.choice = *choice;
            }
            return read;
        },
        [dialog](const Result<Read> &read) {
            if (!read)
                return;
            dialog->setMessages(read->messages, read->choice);
            dialog->setCalendars(read->calendars);
        });
    connect(dialog, &AppointmentDialog::contactChoiceRequested, this,
            [this](const QString &contact, std::optional<ContactChoice> choice) {
                m_worker->run(
                    this,
                    [contact, choice](ScheduleSession &session) -> Result<bool> {
                        const Status saved = session.notifyConfig().setContactChoice(contact, choice);
                        if (!saved)
                            return std::unexpected(saved.error());
                        return true;
                    },
                    [this, contact](const Result<bool> &saved) {
                        if (saved)
                            statusBar()->showMessage(tr("%1's choice of messages is saved.").arg(contact), 4000);
                        else
                            showError(saved.error());
                    });
            });
}

} // namespace sams
