package org.jinguo.platform.notify;

/**
 * A way of reaching a user outside the app. Labels: {@code channel.<NAME>}. In the app every notification is shown
 * anyway; a user chooses per kind which of these also carry it.
 */
public enum Channel {
    /** 电子邮件, through the Jakarta Mail session an administrator defines in the Payara console. */
    MAIL,
    /** 短信, through the SMS gateway ({@link SmsGateway}); at most 70 characters. */
    SMS
}
