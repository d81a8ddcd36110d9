#pragma once

#include "core/Environment.h"
#include "core/Error.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QItemSelection;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace sams {

class EnvironmentBadge;
class ScheduleRepository;
class StoreTreeModel;
class WeekGridView;
class WeekScheduleModel;
struct Store;

// The desktop's main window: the store/chair tree on the left, the selected
// store's week in the middle, database and environment in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ScheduleRepository &repository, const QString &databaseName, Environment environment,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads stores and chairs again; selects the first store if none is.
    Status reload();
    bool selectStore(const QString &code);
    void showWeekOf(QDate day);

    QTreeView *storeTree() const;
    WeekGridView *weekView() const { return m_weekView; }
    const Store *currentStore() const;
    QDate shownDay() const { return m_day; }

private:
    void storeSelectionChanged(const QItemSelection &selected);
    void loadWeek();
    void moveWeeks(int weeks);
    void showError(const Error &error);
    void setUpStatusBar(const QString &databaseName, Environment environment);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ScheduleRepository &m_repository;
    StoreTreeModel *m_storeModel;
    WeekScheduleModel *m_weekModel;
    WeekGridView *m_weekView;
    EnvironmentBadge *m_environmentBadge;
    QDate m_day;
};

} // namespace sams
