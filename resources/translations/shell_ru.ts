<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../kam_desktop/gui/app.py" line="97"/>
        <source>KAM Desktop cannot open the database</source>
        <translation>KAM Desktop не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/app.py" line="98"/>
        <source>{error}

The file was not changed.</source>
        <translation>{error}

Файл не изменён.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="51"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="53"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="54"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="55"/>
        <source>DMU</source>
        <translation>ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="56"/>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="204"/>
        <source>Found in DMU</source>
        <translation>Найден в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="207"/>
        <source>Members of the decision-making group</source>
        <translation>Участников группы принятия решения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="231"/>
        <source>Mono-dependence: this client brings {share} % of our sales (over {pct} %).</source>
        <translation>Монозависимость: на этого клиента приходится {share} % наших продаж (больше {pct} %).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="239"/>
        <source>{client}: found {person}</source>
        <translation>{client}: найден(а) {person}</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="34"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="35"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="36"/>
        <source>Key client</source>
        <translation>Ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="37"/>
        <source>Dormant</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/client_list_model.py" line="38"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="167"/>
        <source>Our company and team</source>
        <translation>Наша компания и команда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="203"/>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="204"/>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="206"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="207"/>
        <source>Name*:</source>
        <translation>Название*:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="208"/>
        <source>Legal name:</source>
        <translation>Юр. название:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="209"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="177"/>
        <source>&amp;Company and requisites</source>
        <translation>&amp;Компания и реквизиты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="178"/>
        <source>&amp;Team and signature</source>
        <translation>&amp;Рабочая группа и подпись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="198"/>
        <source>e.g. ООО «ПромТех Решения»</source>
        <translation>например, ООО «ПромТех Решения»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="199"/>
        <source>Legal address, as printed on proposals</source>
        <translation>Юридический адрес, как в КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="210"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="211"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="212"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="213"/>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="230"/>
        <source>Bank and its city, e.g. ПАО Сбербанк, г. Москва</source>
        <translation>Банк и город, например ПАО Сбербанк, г. Москва</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="241"/>
        <source>e.g. OKPO, OKVED, a postal address: printed under the requisites</source>
        <translation>например, ОКПО, ОКВЭД, почтовый адрес — печатается под реквизитами</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="247"/>
        <source>Printed on every proposal. Digits only; spaces are allowed for reading and removed when saved.</source>
        <translation>Печатаются в каждом КП. Только цифры; пробелы для удобства чтения допустимы и убираются при сохранении.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="253"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="254"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="255"/>
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="256"/>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="257"/>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="258"/>
        <source>Settlement account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="259"/>
        <source>Correspondent account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="260"/>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="261"/>
        <source>Other requisites:</source>
        <translation>Прочие реквизиты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="268"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="269"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="270"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="271"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="272"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="278"/>
        <source>Signs new proposals; the facsimile signature below is theirs</source>
        <translation>Подписывает новые КП; факсимиле подписи ниже — его</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="284"/>
        <source>Add person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="285"/>
        <source>Remove person</source>
        <translation>Убрать сотрудника</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="203"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="294"/>
        <source>Proposals name the working group that prepared them, with positions and contacts. The signatory signs new proposals (each proposal can name another).</source>
        <translation>В КП указывается рабочая группа, которая его готовила, — с должностями и контактами. Подписант подписывает новые КП (в каждом КП можно выбрать другого).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="305"/>
        <source>No signature</source>
        <translation>Нет подписи</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="305"/>
        <source>Choose signature…</source>
        <translation>Выбрать подпись…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="307"/>
        <source>No stamp</source>
        <translation>Нет печати</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="307"/>
        <source>Choose stamp…</source>
        <translation>Выбрать печать…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="309"/>
        <source>Facsimile signature and stamp (optional)</source>
        <translation>Факсимиле подписи и печать (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="312"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="313"/>
        <source>Stamp (L. S.):</source>
        <translation>Печать (М. П.):</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="321"/>
        <source>A PNG with a transparent background prints best over the signature line.</source>
        <translation>Лучше всего поверх строки подписи печатается PNG с прозрачным фоном.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="411"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="148"/>
        <source>Mono-dependence risk</source>
        <translation>Риск монозависимости</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="200"/>
        <source>Another user changed this dossier. Saving your edits shows what differs; Refresh reads their version.</source>
        <translation>Запись изменил другой пользователь — обновить. При сохранении ваших правок будет показано, что различается; «Обновить» загрузит его версию.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="207"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="223"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="227"/>
        <source>The decision group editor is not installed.</source>
        <translation>Редактор ГПР не установлен.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="228"/>
        <source>Decision group</source>
        <translation>ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="237"/>
        <source>The interactions log is not installed.</source>
        <translation>Журнал взаимодействий не установлен.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="238"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="179"/>
        <source>Select a client on the left, or create a new one with Ctrl+N.</source>
        <translation>Выберите клиента слева или создайте нового (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="496"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="506"/>
        <source>This client brings over {pct} % of our sales: the business depends on it.</source>
        <translation>На этого клиента приходится больше {pct} % наших продаж: бизнес зависит от него.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_view.py" line="567"/>
        <source>the new client</source>
        <translation>нового клиента</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/error_dialog.py" line="40"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/error_dialog.py" line="44"/>
        <source>Something went wrong: {message}

Your data is safe. The details below were written to the log file {log}. Please copy them into your report.</source>
        <translation>Что-то пошло не так: {message}

Ваши данные в сохранности. Подробности ниже записаны в журнал {log}. Скопируйте их в сообщение об ошибке.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/error_dialog.py" line="56"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/error_dialog.py" line="78"/>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="101"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="128"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/company_dialog.py" line="137"/>
        <source>This file is not an image.</source>
        <translation>Этот файл — не изображение.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="353"/>
        <source>Read-only: this database file cannot be written; changes cannot be saved.</source>
        <translation>Только чтение: файл базы данных недоступен для записи, изменения не сохранятся.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/daily_use.py" line="30"/>
        <location filename="../../kam_desktop/gui/main_window.py" line="658"/>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="170"/>
        <source>Search clients and people (Ctrl+F)</source>
        <translation>Поиск клиентов и людей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="173"/>
        <source>Any part of a name, position, hobby or note; any case, Russian or English.</source>
        <translation>Начало любого слова в имени, должности, увлечениях или заметках; регистр не важен, по-русски и по-английски.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="194"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="254"/>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="261"/>
        <source>Create your first client&apos;s dossier, or load the demo dossier to see a key client with its decision group, interactions and our team.</source>
        <translation>Заведите досье первого клиента или загрузите демо-досье: ключевой клиент с группой принятия решения, взаимодействиями и нашей командой.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="272"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="273"/>
        <source>Load demo dossier</source>
        <translation>Загрузить демо-досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="52"/>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="57"/>
        <source>Load &amp;demo dossier</source>
        <translation>Загрузить &amp;демо-досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="61"/>
        <source>Our &amp;company and team…</source>
        <translation>Наша &amp;компания и команда…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="66"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="80"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="84"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="89"/>
        <source>&amp;Delete client…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="98"/>
        <source>&amp;Find client or person</source>
        <translation>&amp;Найти клиента или человека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="105"/>
        <source>&amp;Next client</source>
        <translation>&amp;Следующий клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="111"/>
        <source>&amp;Previous client</source>
        <translation>&amp;Предыдущий клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="117"/>
        <source>Client &amp;list beside a proposal</source>
        <translation>&amp;Список клиентов рядом с КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="120"/>
        <source>Show or hide the client list while a proposal is open</source>
        <translation>Показать или скрыть список клиентов, пока открыто КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="128"/>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;О программе KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="157"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="339"/>
        <source>The client list is hidden while a proposal is open; F9 shows it.</source>
        <translation>Пока открыто КП, список клиентов скрыт; F9 покажет его.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="486"/>
        <source>No client or person matches «{text}».</source>
        <translation>По запросу «{text}» не найдено ни клиентов, ни людей.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="490"/>
        <source>No clients with this status.</source>
        <translation>Нет клиентов с таким статусом.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="492"/>
        <source>Check the spelling or clear the search.</source>
        <translation>Проверьте написание или очистите поиск.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="501"/>
        <source>Clients found: {shown} of {total}</source>
        <translation>Найдено клиентов: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="505"/>
        <source>Clients: {total}</source>
        <translation>Клиентов: {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="601"/>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="603"/>
        <source>Delete «{name}» with its whole dossier: decision group, interactions and tenders?

You can undo this with Ctrl+Z.</source>
        <translation>Удалить «{name}» со всем досье: ГПР, взаимодействиями и тендерами?

Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="615"/>
        <source>Delete client «{name}»</source>
        <translation>удаление клиента «{name}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="629"/>
        <source>Deleted «{name}». Ctrl+Z brings it back.</source>
        <translation>«{name}» удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="673"/>
        <source>The demo dossier is loaded.</source>
        <translation>Демо-досье загружено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="657"/>
        <source>Loading the demo dossier…</source>
        <translation>Загружаю демо-досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="274"/>
        <source>Import dossier…</source>
        <translation>Импорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="705"/>
        <source>About KAM Desktop</source>
        <translation>О программе KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_window.py" line="707"/>
        <source>&lt;h3&gt;KAM Desktop {version}&lt;/h3&gt;&lt;p&gt;Dossiers of key clients and their decision-making groups, commercial proposals tailored to each participant. Works fully offline.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KAM Desktop {version}&lt;/h3&gt;&lt;p&gt;Досье ключевых клиентов и их групп принятия решения, коммерческие предложения с аргументами для каждого участника ГПР. Работает полностью без сети.&lt;/p&gt;&lt;p&gt;Папка данных: {data}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/daily_use.py" line="38"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/daily_use.py" line="55"/>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/daily_use.py" line="60"/>
        <source>Redone: {what}</source>
        <translation>Повторено: {what}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/daily_use.py" line="82"/>
        <source>«{name}» is not in the filtered list; it stays open: it has unsaved edits.</source>
        <translation>«{name}» нет в отфильтрованном списке; досье остаётся открытым: в нём есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/status_messages.py" line="20"/>
        <source>Saved «{name}».</source>
        <translation>Сохранено: «{name}».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/status_messages.py" line="24"/>
        <source>The interaction is saved.</source>
        <translation>Взаимодействие сохранено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/status_messages.py" line="29"/>
        <source>Saved to {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/status_messages.py" line="31"/>
        <source>{count} more files in the same folder.</source>
        <translation>Ещё файлов в той же папке: {count}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/status_messages.py" line="37"/>
        <source>Not saved: fix the marked fields.</source>
        <translation>Не сохранено: исправьте выделенные поля.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="144"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/main_menus.py" line="146"/>
        <source>Copies of the database: make one now, or put one back</source>
        <translation>Копии базы: сделать сейчас или восстановить</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="168"/>
        <source>comma-separated, e.g. metals, tender 2025</source>
        <translation>через запятую, например: металлы, тендер 2025</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="170"/>
        <source>our revenue from the client per year</source>
        <translation>наша выручка от клиента за год</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="176"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="180"/>
        <source>Mono-dependence: over {pct} % of our sales come from this client. Plan how to reduce the risk.</source>
        <translation>Монозависимость: больше {pct} % наших продаж приходится на этого клиента. Спланируйте, как снизить риск.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="231"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="232"/>
        <source>Save the client (Ctrl+S)</source>
        <translation>Сохранить клиента (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="234"/>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="235"/>
        <source>Forget the changes since the last save</source>
        <translation>Отменить изменения с последнего сохранения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="299"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="65"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="301"/>
        <source>Name*:</source>
        <translation>Название*:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="66"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="302"/>
        <source>Legal name:</source>
        <translation>Юр. название:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="67"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="303"/>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="69"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="304"/>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="70"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="305"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="71"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="306"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="72"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="307"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="73"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="308"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="74"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="309"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="68"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="318"/>
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="329"/>
        <source>Our business with the client</source>
        <translation>Наш бизнес с клиентом</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="75"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="76"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="339"/>
        <source>Annual revenue:</source>
        <translation>Выручка за год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="77"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="341"/>
        <source>Share of our sales, %:</source>
        <translation>Доля в наших продажах, %:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="83"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="346"/>
        <source>Reliability check</source>
        <translation>Проверка надёжности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="84"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="352"/>
        <source>Result:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="85"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="354"/>
        <source>Checked on:</source>
        <translation>Дата проверки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="86"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="356"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="361"/>
        <source>Account notes</source>
        <translation>Заметки по клиенту</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="78"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="363"/>
        <source>Strategy:</source>
        <translation>Стратегия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="79"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="364"/>
        <source>Weak points:</source>
        <translation>Слабые места:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="80"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="365"/>
        <source>Growth areas:</source>
        <translation>Точки роста:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="81"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="366"/>
        <source>How they buy:</source>
        <translation>Как закупают:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="82"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="367"/>
        <source>Competitors present:</source>
        <translation>Конкуренты у клиента:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="371"/>
        <source>Tender</source>
        <translation>Тендер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="371"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="371"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="87"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="377"/>
        <source>Tender dates</source>
        <translation>Даты тендеров</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="378"/>
        <source>Preparation for a tender starts about 9 months before its date.</source>
        <translation>Подготовка к тендеру начинается примерно за 9 месяцев до его даты.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="381"/>
        <source>Add tender</source>
        <translation>Добавить тендер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="382"/>
        <source>Remove tender</source>
        <translation>Удалить тендер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="122"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="402"/>
        <source>Not checked</source>
        <translation>Не проверялся</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="123"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="403"/>
        <source>Reliable</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="124"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="404"/>
        <source>Acceptable, keep an eye on it</source>
        <translation>Приемлемо, под наблюдением</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="127"/>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="405"/>
        <source>Risky</source>
        <translation>Рискованный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="512"/>
        <source>Enter an amount such as 1 250 000.</source>
        <translation>Введите сумму, например 1 250 000.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="516"/>
        <source>Enter a percentage such as 35.</source>
        <translation>Введите процент, например 35.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="581"/>
        <source>Not saved: someone else changed this client. Your edits are kept here.</source>
        <translation>Не сохранено: этого клиента изменил другой пользователь. Ваши правки остались в форме.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="612"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/overview_tab.py" line="681"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="110"/>
        <source>Welcome to KAM Desktop</source>
        <translation>Добро пожаловать в KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="111"/>
        <source>The database is empty. Load the demo dossier to see how a key client&apos;s decision group, interactions and our team are recorded?

You can delete the demo clients at any time.</source>
        <translation>База пуста. Загрузить демо-досье, чтобы посмотреть, как ведутся ГПР ключевого клиента, взаимодействия и наша команда?

Демо-клиентов можно удалить в любой момент.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="76"/>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="108"/>
        <source>The new language applies the next time you start KAM Desktop.</source>
        <translation>Новый язык будет применён при следующем запуске KAM Desktop.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="137"/>
        <source>Next number:</source>
        <translation>Следующий номер:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="139"/>
        <source>Terms a new proposal starts with</source>
        <translation>Условия нового КП по умолчанию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="142"/>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="143"/>
        <source>Delivery:</source>
        <translation>Поставка:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="144"/>
        <source>Warranty:</source>
        <translation>Гарантия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="146"/>
        <source>Each proposal can change them; proposals already made keep theirs.</source>
        <translation>В каждом КП их можно изменить; уже созданные КП сохраняют свои.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="160"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="176"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="134"/>
        <source>{year} is the year, {seq:04d} the sequence number padded to 4 digits.</source>
        <translation>{year} — год, {seq:04d} — порядковый номер, дополненный нулями до 4 цифр.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="84"/>
        <source>no check</source>
        <translation>не проверять</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="93"/>
        <source>e.g. 50 % prepayment, the rest on acceptance</source>
        <translation>например, предоплата 50 %, остальное — после приёмки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="95"/>
        <source>e.g. 12 weeks from the prepayment</source>
        <translation>например, 12 недель с момента предоплаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="96"/>
        <source>e.g. 24 months from commissioning</source>
        <translation>например, 24 месяца с ввода в эксплуатацию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="100"/>
        <source>e.g. Anna Smirnova, KAM</source>
        <translation>например, Анна Смирнова, KAM</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="105"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="107"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="109"/>
        <source>Working in a team</source>
        <translation>Работа в команде</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="113"/>
        <source>Your name in the team:</source>
        <translation>Ваше имя в команде:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="117"/>
        <source>Commercial proposals</source>
        <translation>Коммерческие предложения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="121"/>
        <source>Validity period:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="124"/>
        <source>Minimum validity:</source>
        <translation>Минимальный срок действия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="127"/>
        <source>Before sending, the check warns when an offer is valid for fewer days.</source>
        <translation>Перед отправкой проверка предупредит, если КП действует меньше этого числа дней.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="131"/>
        <source>Number pattern:</source>
        <translation>Шаблон номера:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="194"/>
        <source>The change history shows this name beside your edits. It is kept on this computer, not in the shared database.</source>
        <translation>История изменений показывает это имя рядом с вашими правками. Оно хранится на этом компьютере, а не в общей базе.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/settings_dialog.py" line="199"/>
        <source>Not set: the change history shows your edits as «name not set». Enter the name your colleagues know you by; it is kept on this computer only.</source>
        <translation>Не задано: в истории изменений ваши правки подписаны «имя не задано». Введите имя, под которым вас знают коллеги; оно хранится только на этом компьютере.</translation>
    </message>
</context>
</TS>
