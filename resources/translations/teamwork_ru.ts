<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="55"/>
        <source>Next step done</source>
        <translation>Следующий шаг выполнен</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="62"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="63"/>
        <source>Issue date</source>
        <translation>Дата КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="64"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="65"/>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="66"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="68"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="69"/>
        <source>Items and prices</source>
        <translation>Позиции и цены</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="70"/>
        <source>Financial result</source>
        <translation>Финансовый эффект</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="71"/>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="72"/>
        <source>Understanding of the business</source>
        <translation>Понимание бизнеса</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="75"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="76"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="77"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="78"/>
        <source>Delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="79"/>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="80"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="81"/>
        <source>Tailoring</source>
        <translation>Адаптация</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="82"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="97"/>
        <source>name not set</source>
        <translation>имя не задано</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="99"/>
        <source>%1 (import)</source>
        <translation>%1 (импорт)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="105"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="106"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="107"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="115"/>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="120"/>
        <source>a deleted proposal</source>
        <translation>удалённое КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="121"/>
        <source>Proposal %1</source>
        <translation>КП %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="123"/>
        <source>a deleted person</source>
        <translation>удалённый участник</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="125"/>
        <source>a deleted interaction</source>
        <translation>удалённое взаимодействие</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryTab</name>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="153"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="154"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="155"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="156"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="157"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="169"/>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="173"/>
        <source>No changes recorded yet. Every save of this client, its people, interactions and proposals will appear here: when, who, which record and which fields.</source>
        <translation>Изменений пока нет. Здесь появится каждое сохранение клиента, его людей, взаимодействий и КП: когда, кто, какая запись и какие поля.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="198"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="262"/>
        <source>Showing %1 of %2 changes, newest first.</source>
        <translation>Показано изменений: %1 из %2, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/change_history_view.py" line="273"/>
        <source>Your own edits are signed «name not set»: enter your name in the team in File → Settings.</source>
        <translation>Ваши правки подписаны «имя не задано»: укажите имя в команде в меню Файл → Настройки.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="73"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="74"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="151"/>
        <source>Changed by someone else</source>
        <translation>Запись изменил другой пользователь</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="152"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="156"/>
        <source>«%1» was saved by %2 after you opened it. Your edits are not saved yet. For each field that differs, choose which value to keep.</source>
        <translation>«%1» сохранил(а) %2 уже после того, как вы открыли запись. Ваши правки ещё не сохранены. Для каждого различающегося поля выберите, какое значение оставить.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="169"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="169"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="169"/>
        <source>Theirs (saved now)</source>
        <translation>Их (сохранено сейчас)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="169"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="184"/>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="185"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="208"/>
        <source>Fields you did not touch start as theirs, fields you edited as yours. Nothing else of the record differs.</source>
        <translation>Поля, которые вы не трогали, выбраны «их», поля, которые вы правили, — «моё». Остальное в записи совпадает.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="216"/>
        <source>Keep all mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="217"/>
        <source>Take all theirs</source>
        <translation>Взять всё их</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="218"/>
        <source>Save merged</source>
        <translation>Сохранить объединённое</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="220"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/conflict_dialog.py" line="287"/>
        <source>The record keeps being changed elsewhere; try again in a moment.</source>
        <translation>Запись всё время меняют в другом месте; попробуйте ещё раз чуть позже.</translation>
    </message>
</context>
</TS>
