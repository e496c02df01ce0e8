package com.cosell.backend.mail.sending;

import com.cosell.backend.mail.MailProperties;
import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP client, built from {@code cosell.mail} rather than Boot's {@code spring.mail}: Boot would
 * also add a mail health check, and a mail server outage must delay mail, not take the backend out
 * of its load balancer.
 */
@Configuration(proxyBeanMethods = false)
class SmtpConfig {

    @Bean
    JavaMailSenderImpl smtp(MailProperties p) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(p.host().isBlank() ? "localhost" : p.host());
        sender.setPort(p.port());
        sender.setDefaultEncoding("UTF-8");
        if (!p.username().isBlank()) {
            sender.setUsername(p.username());
            sender.setPassword(p.password());
        }
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.auth", String.valueOf(!p.username().isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(p.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(p.starttls()));
        String millis = String.valueOf(p.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        return sender;
    }
}
