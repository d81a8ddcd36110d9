#include "widgets/ConnectCalendarDialog.h"

#include "calendarsync/ConnectAccount.h"
#include "net/Curl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

namespace sams {

ConnectCalendarDialog::ConnectCalendarDialog(const QList<Store> &stores, const QString &userLogin, bool manager,
                                             QWidget *parent)
    : QDialog(parent)
    , m_user(userLogin)
    , m_provider(new QComboBox)
    , m_davFields(new QWidget)
    , m_url(new QLineEdit)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_label(new QLineEdit)
    , m_stores(new QListWidget)
    , m_appointments(new QCheckBox(tr("&Appointments")))
    , m_orders(new QCheckBox(tr("Scheduled work &orders")))
    , m_audience(new QComboBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectCalendarDialog"));
    setWindowTitle(tr("Connect a calendar"));
    m_provider->setObjectName(QStringLiteral("calendarProvider"));
    for (CalendarProvider p : {CalendarProvider::CalDav, CalendarProvider::Google, CalendarProvider::Outlook}) {
        m_provider->addItem(p == CalendarProvider::CalDav ? tr("CalDAV: iCloud, Nextcloud, Fastmail and others")
                                                          : calendarProviderLabel(p),
                            int(p));
        // Google and Microsoft need the OAuth client this installation registered.
        if (p != CalendarProvider::CalDav && oauthClientId(p).isEmpty()) {
            auto *model = qobject_cast<QStandardItemModel *>(m_provider->model());
            QStandardItem *item = model->item(m_provider->count() - 1);
            item->setEnabled(false);
            item->setToolTip(
                tr("Not set up on this computer: see docs/calendar-sync.md, \"Google Calendar and Outlook\""));
        }
    }
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_davFields->setVisible(CalendarProvider(m_provider->currentData().toInt()) == CalendarProvider::CalDav);
        m_connect->setText(CalendarProvider(m_provider->currentData().toInt()) == CalendarProvider::CalDav
                               ? tr("&Connect")
                               : tr("Sign in with the &browser…"));
        validate();
        // The dialog takes the height of the fields shown (no gap where the
        // address, login and password were) and the button its new text's width.
        m_buttons->layout()->activate();
        layout()->activate();
        resize(width(), sizeHint().height());
    });
    m_url->setObjectName(QStringLiteral("calendarUrl"));
    m_url->setPlaceholderText(tr("https://caldav.icloud.com/ or your Nextcloud or Fastmail address"));
    m_login->setObjectName(QStringLiteral("calendarLogin"));
    m_password->setObjectName(QStringLiteral("calendarPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("an app password made for SAMS"));
    m_label->setObjectName(QStringLiteral("calendarLabel"));
    m_label->setPlaceholderText(tr("My work calendar"));
    m_stores->setObjectName(QStringLiteral("calendarStores"));
    for (const Store &s : stores) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(s.code, s.name), m_stores);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(stores.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_stores->setMaximumHeight(fontMetrics().height() * 7);
    m_appointments->setChecked(true);
    m_audience->setObjectName(QStringLiteral("calendarAudience"));
    m_audience->addItem(tr("Staff: customer, contact, service, chair, notes"), int(CalendarAudience::Staff));
    m_audience->addItem(tr("Manager: customer, service and chair, no contact details"), int(CalendarAudience::Manager));
    m_audience->setCurrentIndex(manager ? 1 : 0);
    m_problem->setObjectName(QStringLiteral("calendarProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *explain = new QLabel(tr("SAMS puts a calendar named “SAMS” in this account and keeps your stores' "
                                  "bookings in it: created when booked, moved when moved, removed when cancelled. "
                                  "Changes made in the calendar never change a booking. The password stays in "
                                  "this computer's keychain; this computer pushes for the account."));
    explain->setWordWrap(true);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_appointments);
    kinds->addWidget(m_orders);
    kinds->addStretch(1);
    auto *dav = new QFormLayout(m_davFields);
    dav->setContentsMargins(0, 0, 0, 0);
    dav->addRow(tr("&Server:"), m_url);
    dav->addRow(tr("&Login:"), m_login);
    dav->addRow(tr("App &password:"), m_password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Calendar:"), m_provider);
    form->addRow(m_davFields);
    form->addRow(tr("&Name:"), m_label);
    form->addRow(tr("S&tores:"), m_stores);
    form->addRow(tr("Shows:"), kinds);
    form->addRow(tr("&Events show:"), m_audience);

    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("calendarConnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectCalendarDialog::connectRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_url, m_login, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectCalendarDialog::validate);
    connect(m_stores, &QListWidget::itemChanged, this, &ConnectCalendarDialog::validate);
    for (QCheckBox *box : {m_appointments, m_orders})
        connect(box, &QCheckBox::toggled, this, &ConnectCalendarDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    validate();
}

CalendarAccount ConnectCalendarDialog::account() const
{
    CalendarAccount a;
    a.provider = CalendarProvider(m_provider->currentData().toInt());
    a.userLogin = m_user;
    const bool dav = a.provider == CalendarProvider::CalDav;
    a.accountUrl = dav ? m_url->text().trimmed() : oauthApiOverride(a.provider);
    a.login = dav ? m_login->text().trimmed() : QString();
    a.label = !m_label->text().trimmed().isEmpty() ? m_label->text().trimmed()
        : dav                                      ? tr("%1 on %2").arg(a.login, QUrl(a.accountUrl).host())
                                                   : calendarProviderLabel(a.provider);
    a.audience = CalendarAudience(m_audience->currentData().toInt());
    a.appointments = m_appointments->isChecked();
    a.orders = m_orders->isChecked();
    for (int i = 0; i < m_stores->count(); ++i) {
        if (m_stores->item(i)->checkState() == Qt::Checked)
            a.stores.append(m_stores->item(i)->data(Qt::UserRole).toLongLong());
    }
    return a;
}

QString ConnectCalendarDialog::password() const
{
    return m_password->text();
}

void ConnectCalendarDialog::setBusy(bool busy)
{
    // The form waits; Cancel stays (a sign-in abandoned in the browser).
    for (QWidget *w : std::initializer_list<QWidget *>{m_provider, m_davFields, m_label, m_stores, m_appointments,
                                                       m_orders, m_audience})
        w->setEnabled(!busy);
    if (busy) {
        m_connect->setEnabled(false);
        m_problem->hide();
    } else {
        validate();
    }
}

void ConnectCalendarDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_problem->setText(text);
    m_problem->show();
}

void ConnectCalendarDialog::validate()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    // The password travels encrypted, or stays on this computer.
    const bool web = url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https")
            || (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host())));
    const CalendarAccount a = account();
    const bool reachable = a.provider == CalendarProvider::CalDav
        ? web && !a.login.isEmpty() && !m_password->text().isEmpty()
        : !oauthClientId(a.provider).isEmpty();
    const bool ok = reachable && !a.stores.isEmpty() && (a.appointments || a.orders);
    m_connect->setEnabled(ok);
}

} // namespace sams
