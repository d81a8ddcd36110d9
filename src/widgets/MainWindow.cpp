#include "widgets/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/ScheduleRepository.h"
#include "core/SlotCalculator.h"
#include "core/WeekSchedule.h"
#include "models/StoreTreeModel.h"
#include "models/WeekScheduleModel.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/WeekGridView.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

#include <utility>

namespace sams {

MainWindow::MainWindow(ScheduleRepository &repository, const QString &databaseName, Environment environment,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_storeModel(new StoreTreeModel(this))
    , m_weekModel(new WeekScheduleModel(this))
    , m_weekView(new WeekGridView)
    , m_environmentBadge(new EnvironmentBadge)
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (std::exchange(m_reloadStores, false)) {
            if (auto ok = reload(); !ok)
                showError(ok.error());
        }
        loadWeek();
    });
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->zoneLabel->setForegroundRole(QPalette::PlaceholderText);

    m_weekView->setModel(m_weekModel);
    m_ui->weekScrollArea->setWidget(m_weekView);
    m_ui->storeTree->setModel(m_storeModel);
    m_ui->storeTree->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->storeTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::storeSelectionChanged);
    connect(m_ui->previousWeekButton, &QAbstractButton::clicked, this, [this] { moveWeeks(-1); });
    connect(m_ui->nextWeekButton, &QAbstractButton::clicked, this, [this] { moveWeeks(1); });
    connect(m_ui->todayButton, &QAbstractButton::clicked, this, [this] { showWeekOf({}); });
    connect(m_ui->previousWeekAction, &QAction::triggered, this, [this] { moveWeeks(-1); });
    connect(m_ui->nextWeekAction, &QAction::triggered, this, [this] { moveWeeks(1); });
    connect(m_ui->todayAction, &QAction::triggered, this, [this] { showWeekOf({}); });
    connect(m_ui->reloadAction, &QAction::triggered, this, [this] {
        if (auto ok = reload(); !ok)
            showError(ok.error());
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    setUpStatusBar(databaseName, environment);
    resizeDocks({m_ui->storeDock}, {290}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpStatusBar(const QString &databaseName, Environment environment)
{
    auto *databaseLabel = new QLabel(tr("Database: %1").arg(databaseName));
    databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(databaseLabel);
    m_environmentBadge->setEnvironment(environment);
    statusBar()->addPermanentWidget(m_environmentBadge);
    if (environment == Environment::Production) {
        // Unmistakable: a red banner above the schedule as well as the badge.
        auto *banner = new QLabel(tr("PRODUCTION DATABASE: every change here reaches the stores and their customers."));
        banner->setObjectName(QStringLiteral("productionBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                             "padding: 4px; }"));
        m_ui->centralLayout->insertWidget(0, banner);
        setWindowTitle(tr("SAMS [PRODUCTION]"));
    }
}

QTreeView *MainWindow::storeTree() const
{
    return m_ui->storeTree;
}

const Store *MainWindow::currentStore() const
{
    return m_storeModel->storeAt(m_ui->storeTree->currentIndex());
}

Status MainWindow::reload()
{
    const Result<QList<Store>> stores = m_repository.stores();
    if (!stores)
        return std::unexpected(stores.error());
    const Result<QList<Chair>> chairs = m_repository.chairs();
    if (!chairs)
        return std::unexpected(chairs.error());
    const QString previous = currentStore() ? currentStore()->code : QString();
    m_storeModel->setChain(*stores, *chairs, Clock::nowUtc());
    m_ui->storeTree->expandAll();
    if (!selectStore(previous) && !stores->isEmpty()) {
        // Start on a store that is open today rather than one still being set up.
        const auto open = std::find_if(stores->cbegin(), stores->cend(),
                                       [](const Store &s) { return s.isOpenOn(Clock::todayIn(s.timeZone())); });
        selectStore(open != stores->cend() ? open->code : stores->first().code);
    }
    return {};
}

bool MainWindow::selectStore(const QString &code)
{
    const QModelIndex index = m_storeModel->indexOfStore(code);
    if (!index.isValid())
        return false;
    m_ui->storeTree->setCurrentIndex(index);
    return true;
}

void MainWindow::showWeekOf(QDate day)
{
    m_day = day;
    loadWeek();
}

void MainWindow::moveWeeks(int weeks)
{
    const Store *store = currentStore();
    const QDate shown = m_day.isValid() ? m_day : (store ? Clock::todayIn(store->timeZone()) : QDate());
    if (shown.isValid())
        showWeekOf(shown.addDays(qint64(7) * weeks));
}

void MainWindow::storeSelectionChanged(const QItemSelection &)
{
    loadWeek();
}

void MainWindow::loadWeek()
{
    const Store *store = currentStore();
    if (!store) {
        m_ui->titleLabel->setText(tr("No store selected"));
        m_weekModel->setWeek({});
        return;
    }
    const QDate day = m_day.isValid() ? m_day : Clock::todayIn(store->timeZone());
    Result<WeekSchedule> week = WeekSchedule::load(m_repository, *store, day);
    if (!week) {
        showError(week.error());
        return;
    }
    const QLocale locale;
    m_ui->titleLabel->setText(tr("%1 · %2 – %3")
                                  .arg(store->name, locale.toString(week->firstDay, tr("MMM d")),
                                       locale.toString(week->firstDay.addDays(6), tr("MMM d, yyyy"))));
    const bool otherZone = QTimeZone::systemTimeZoneId() != store->timeZoneId;
    m_ui->zoneLabel->setText(otherZone ? tr("Times in store time, %1").arg(QString::fromUtf8(store->timeZoneId))
                                       : tr("Times in %1").arg(QString::fromUtf8(store->timeZoneId)));
    setWindowTitle(m_environmentBadge->environment() == Environment::Production
                       ? tr("%1 — SAMS [PRODUCTION]").arg(store->name)
                       : tr("%1 — SAMS").arg(store->name));
    m_weekModel->setWeek(*week);
}

void MainWindow::setChangeFeed(ChangeFeed *feed)
{
    connect(feed, &ChangeFeed::changed, this, &MainWindow::changeArrived);
}

void MainWindow::changeArrived(const ChangeNotice &notice)
{
    const WeekSchedule &week = m_weekModel->week();
    const Store *store = currentStore();
    if (notice.entity == QLatin1String("store") || notice.entity == QLatin1String("chair") || notice.storeId == 0)
        m_reloadStores = true;
    const bool visible = store && week.firstDay.isValid()
        && notice.touches(
            store->id, SlotCalculator::instantSecs(week.firstDay, 0, store->timeZone()),
            SlotCalculator::instantSecs(week.firstDay.addDays(WeekSchedule::dayCount), 0, store->timeZone()));
    if (visible || m_reloadStores)
        m_refresh->start();
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.message);
}

} // namespace sams
