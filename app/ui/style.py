"""The application's style sheet: calm colours, a light sidebar, clear page titles."""

ACCENT = "#1f5f8b"
ERROR = "#c0392b"
WARNING = "#b7791f"
MUTED = "#5b6b7b"

STYLE_SHEET = f"""
QMainWindow, QWidget#workspace {{ background: #f7f9fb; }}
QListWidget#navigator {{
    background: #eaeff4;
    border: none;
    border-right: 1px solid #d5dde6;
    padding: 10px 6px;
    outline: 0;
    font-size: 10.5pt;
}}
QListWidget#navigator::item {{
    padding: 9px 8px;
    margin: 1px 0;
    border-radius: 6px;
    color: #243447;
}}
QListWidget#navigator::item:hover {{ background: #dde6ef; }}
QListWidget#navigator::item:selected {{ background: #cfe0f0; color: #0f2f4d; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: #1d2b3a; }}
QLabel#pageDescription {{ color: {MUTED}; }}
QLabel#emptyState {{ color: {MUTED}; font-size: 11pt; padding: 24px; }}
QLabel#sectionTitle {{ font-weight: 600; color: #1d2b3a; margin-top: 6px; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#welcomeTitle {{ font-size: 22pt; font-weight: 600; color: {ACCENT}; }}
QFrame#card {{ background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }}
QTableView {{ background: #ffffff; alternate-background-color: #f5f8fb; gridline-color: #e6ebf0;
             selection-background-color: #cfe0f0; selection-color: #0f2f4d; }}
QHeaderView::section {{ background: #eef2f6; border: none; border-right: 1px solid #dde3ea;
                       border-bottom: 1px solid #d5dde6; padding: 4px 6px; color: #243447; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #174a6d;
                      border-radius: 4px; padding: 5px 14px; font-weight: 600; }}
QPushButton#primary:hover {{ background: #256c9e; }}
QPushButton#primary:disabled {{ background: #9fb5c7; border-color: #9fb5c7; }}
QStatusBar {{ background: #eef2f6; border-top: 1px solid #d5dde6; }}
"""
