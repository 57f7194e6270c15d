package org.highroad.complaints.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public complaint form at {@code /public/complaints} (a static page: no login, no external assets). */
@Configuration
class PublicPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/public/complaints").setViewName("forward:/public/complaints.html");
    }
}
