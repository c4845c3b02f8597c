<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MeetingBriefDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="60"/>
        <source>Meeting brief: %1</source>
        <translation>Справка к встрече: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="65"/>
        <source>%1 — %2, influence %3</source>
        <translation>%1 — %2, влияние %3</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="71"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="72"/>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="80"/>
        <source>The brief is internal: it prints the dossier (attitudes, concerns, family). Do not give it to the client.</source>
        <translation>Справка внутренняя: в ней печатается досье (отношение, опасения, семья). Не передавайте её клиенту.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="95"/>
        <source>Date of the meeting:</source>
        <translation>Дата встречи:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="97"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="103"/>
        <source>Who comes to the meeting:</source>
        <translation>Кто будет на встрече:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="125"/>
        <source>Choose at least one attendee.</source>
        <translation>Выберите хотя бы одного участника.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="159"/>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="191"/>
        <source>Cannot make the brief</source>
        <translation>Не удалось подготовить справку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="170"/>
        <source>Save the meeting brief</source>
        <translation>Сохранить справку к встрече</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="172"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="199"/>
        <source>Meeting brief</source>
        <translation>Справка к встрече</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="200"/>
        <source>Writing the brief…</source>
        <translation>Справка записывается…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="220"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="221"/>
        <source>No application opens %1.</source>
        <translation>Нет приложения, которое открывает %1.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="230"/>
        <source>Brief</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="254"/>
        <source>Meeting brief…</source>
        <translation>Справка к встрече…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="256"/>
        <source>A printable brief for a meeting with this client (internal)</source>
        <translation>Справка для печати к встрече с этим клиентом (для внутреннего пользования)</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="63"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="76"/>
        <source>no share</source>
        <translation>доля не указана</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="64"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="77"/>
        <source>below key</source>
        <translation>ниже ключевой</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="65"/>
        <source>key 30–55 %</source>
        <translation>ключевая 30–55 %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="66"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="79"/>
        <source>above key</source>
        <translation>выше ключевой</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="67"/>
        <source>mono-dependence &gt; 75 %</source>
        <translation>монозависимость &gt; 75 %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="78"/>
        <source>key</source>
        <translation>ключевая</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="80"/>
        <source>mono-dependence</source>
        <translation>монозависимость</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="86"/>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="87"/>
        <source>reliable</source>
        <translation>надёжный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="88"/>
        <source>acceptable</source>
        <translation>приемлемый</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="89"/>
        <source>risky</source>
        <translation>рискованный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="94"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="102"/>
        <source>mixed</source>
        <translation>разные валюты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="261"/>
        <source>Share</source>
        <translation>Доля продаж</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="262"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="273"/>
        <source>Reliability check: the result and how many days ago it was done</source>
        <translation>Проверка надёжности: результат и сколько дней назад она проведена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="277"/>
        <source>Share of the account checks the decision group passes: roles covered, a champion, an executive sponsor, no influential opponent, key people in touch</source>
        <translation>Доля пройденных проверок ГПР: все роли заняты, есть союзник (чемпион), есть спонсор, нет влиятельного противника, с ключевыми людьми есть контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="237"/>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="259"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="260"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="271"/>
        <source>Share of our sales</source>
        <translation>Доля в наших продажах</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="263"/>
        <source>Open proposals</source>
        <translation>Открытые КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="264"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="265"/>
        <source>Coverage</source>
        <translation>Покрытие ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="296"/>
        <source>Portfolio — KAM Desktop</source>
        <translation>Портфель — KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="301"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="305"/>
        <source>Any share</source>
        <translation>Любая доля</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="308"/>
        <source>No contact for more than</source>
        <translation>Нет контакта дольше</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="312"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="313"/>
        <source>Reliability check older than a year</source>
        <translation>Проверка надёжности старше года</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="318"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="321"/>
        <source>Share:</source>
        <translation>Доля:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="352"/>
        <source>Click a column header to sort; double-click a client to open the dossier. Key clients usually bring 30–55 % of sales; above 75 % is mono-dependence.</source>
        <translation>Щёлкните заголовок столбца, чтобы отсортировать; двойной щелчок открывает досье клиента. Ключевые клиенты обычно дают 30–55 % продаж; больше 75 % — монозависимость.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="387"/>
        <source>Clients: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="444"/>
        <source>&amp;Portfolio</source>
        <translation>&amp;Портфель</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="447"/>
        <source>Every client&apos;s account health: share, reliability, proposals, contact</source>
        <translation>Состояние каждого клиента: доля, надёжность, КП, контакты</translation>
    </message>
</context>
</TS>
